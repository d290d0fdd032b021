// The collab bench: the same collaborative-typing load against our server and the reference y-websocket
// server, printed side by side with ours/reference ratios; JSON results go under os.tmpdir().
// Run by `npm run bench` (tests/bench/run.ts) and `npm run bench:collab`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from './benchOptions';
import type { BenchTarget } from './BenchTarget';
import { ChildRegistry } from './ChildRegistry';
import { findProblems, formatComparison, formatScenario } from './formatReport';
import { ourServerTarget } from './ourServerTarget';
import { referenceTarget } from './referenceTarget';
import { runScenario } from './runScenario';
import type { ScenarioResult } from './ScenarioResult';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs every scenario against every target and prints the report; resolves false when the run failed. */
export async function runCollabBench(opts: BenchOptions): Promise<boolean> {
  const registry = new ChildRegistry();
  registry.installExitHandlers();
  // Each WebsocketProvider adds a process 'exit' listener in Node.
  process.setMaxListeners(Math.max(...opts.scenarios.map((s) => s.clients)) + 20);
  const all: Record<BenchTarget['name'], BenchTarget> = {
    ours: ourServerTarget(repoRoot),
    reference: referenceTarget(repoRoot),
  };
  const targets = opts.targets.map((name) => all[name]);

  console.log(
    `Billwright collab bench: propagation latency = local edit → arrival at every other client of the room\n` +
      `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), seed ${opts.seed}; ` +
      `scenarios ${opts.scenarios.map((s) => `${s.clients}x${s.rooms}`).join(', ')}; ${opts.rate} edits/s per client; ` +
      `${opts.warmup} s warm-up + ${opts.seconds} s measured\n` +
      targets.map((t) => `  ${t.name.padEnd(9)} ${t.label}`).join('\n'),
  );

  const results: ScenarioResult[] = [];
  const started = Date.now();
  for (const [i, scenario] of opts.scenarios.entries()) {
    const scenarioResults: ScenarioResult[] = [];
    // Alternate which target goes first, so slow drift on the host does not always favour one.
    const order = i % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      const tag = `[${target.name} ${scenario.clients}x${scenario.rooms}]`;
      const result = await runScenario(target, scenario, opts, registry, (msg) =>
        console.log(`${tag} ${msg}`),
      );
      scenarioResults.push(result);
    }
    scenarioResults.sort(
      (x, y) => targets.findIndex((t) => t.name === x.target) - targets.findIndex((t) => t.name === y.target),
    );
    results.push(...scenarioResults);
    console.log(formatScenario(scenarioResults));
  }
  console.log(formatComparison(results));

  const { failures, warnings } = findProblems(results);
  if (warnings.length) console.log(`\nwarnings:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);

  const dir = join(tmpdir(), 'billwright-bench');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(
    {
      startedAt: new Date(started).toISOString(),
      node: process.version,
      cpus: cpus().length,
      options: opts,
      results,
    },
    null,
    2,
  );
  const file = join(dir, `bench-${new Date(started).toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  console.log(
    `\nresults: ${file} (also ${join(dir, 'latest.json')}); total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  if (failures.length) {
    console.error(`\nBENCH FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    return false;
  }
  return true;
}
