// `npm run bench`: every benchmark in sequence — collab, rules, diff, pdf — each printing its own section
// (figures, baseline in the same run, budget verdict), then one overall verdict; exit 1 when any section
// failed or missed its budget. `--only=collab,pdf` (or BENCH_ONLY) picks sections; the other flags are the
// collab bench's (`npm run bench -- --scenarios=40x4 --seconds=60`, see benchOptions.ts).
import { performance } from 'node:perf_hooks';
import { parseBenchOptions } from './benchOptions';
import { runCollabBench } from './collabBench';
import { runDiffBench } from './diffBench';
import { formatTable } from './formatTable';
import { runPdfBench } from './pdfBench';
import { runRulesBench } from './rulesBench';

const sectionNames = ['collab', 'rules', 'diff', 'pdf'] as const;
type SectionName = (typeof sectionNames)[number];

/** Takes `--only=a,b` / `--only a,b` (or BENCH_ONLY) out of argv; the rest goes to the collab options. */
function takeOnly(argv: string[], env: NodeJS.ProcessEnv): { only: SectionName[]; rest: string[] } {
  const rest: string[] = [];
  let raw = env.BENCH_ONLY;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--only') raw = argv[++i];
    else if (arg.startsWith('--only=')) raw = arg.slice('--only='.length);
    else rest.push(arg);
  }
  if (raw === undefined || raw.trim() === '') return { only: [...sectionNames], rest };
  const only = raw.split(',').map((s) => s.trim());
  for (const name of only) {
    if (!(sectionNames as readonly string[]).includes(name)) {
      throw new Error(`unknown bench "${name}" in --only (choose from ${sectionNames.join(', ')})`);
    }
  }
  return { only: sectionNames.filter((name) => only.includes(name)), rest };
}

async function main(): Promise<number> {
  const { only, rest } = takeOnly(process.argv.slice(2), process.env);
  // Validated up front, so a typo fails now rather than after minutes of benchmarks.
  const collabOptions = parseBenchOptions(rest, process.env);
  if (!only.includes('collab') && rest.length) {
    console.log(`bench: ${rest.join(' ')} only apply to the collab bench, which is not selected`);
  }
  const sections: Record<SectionName, () => Promise<boolean>> = {
    collab: () => runCollabBench(collabOptions),
    rules: () => runRulesBench(),
    diff: () => runDiffBench(),
    pdf: () => runPdfBench(),
  };

  const outcomes: string[][] = [];
  const started = performance.now();
  for (const name of only) {
    console.log(`\n========== ${name} ==========`);
    const t = performance.now();
    let verdict: string;
    try {
      verdict = (await sections[name]()) ? 'pass' : 'FAIL';
    } catch (err) {
      console.error(`bench ${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      verdict = 'ERROR';
    }
    outcomes.push([name, verdict, ((performance.now() - t) / 1000).toFixed(1)]);
  }

  const failed = outcomes.filter(([, verdict]) => verdict !== 'pass');
  console.log(`\n========== summary ==========\n${formatTable(['bench', 'verdict', 'seconds'], outcomes)}`);
  console.log(
    `overall: ${failed.length ? `FAILED (${failed.map(([name]) => name).join(', ')})` : 'PASS'}; ` +
      `total ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
