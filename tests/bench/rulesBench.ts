// `npm run bench:rules`: the rule engine on a generated 1,000-provision bill. Full pass (cold cache) and
// the cost per keystroke (one character changed in one provision, re-lint with the warm incremental
// engine), each against a naive non-cached full pass in the same run. Budgets: full < 50 ms, keystroke
// < 1 ms (medians). Also callable from the main bench runner as runRulesBench().
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { articleJSON, billJSON, chapterJSON, itemJSON, paragraphJSON } from '../../core/bill/builders';
import type { BillJSON } from '../../core/bill/types';
import { billProvisions } from '../../core/rules/billProvisions';
import { builtinRulePacks } from '../../core/rules/builtinRulePacks';
import { compileRules, type RuleSet } from '../../core/rules/compileRules';
import { RuleEngine } from '../../core/rules/RuleEngine';
import type { ProvisionText } from '../../core/rules/types';

const budgets = { fullMs: 50, keystrokeMs: 1 };

/** Drafting-like sentences: risky powers, safeguards, and the usual procedural boilerplate. */
const sentences = [
  '内閣総理大臣は、あらかじめサイバー通信情報監理委員会の承認を受けて、電気通信事業者に対し、外外通信の複製を送信させることができる。',
  '取得通信情報については、他人により知覚されない自動的な方法により、機械的情報に該当するものを選別しなければならない。',
  'サイバー危害防止措置執行官は、国外にある加害関係電子計算機に記録されたプログラムを消去し、又はその動作を停止させることができる。',
  '委員会は、毎年、承認の件数及び検査の結果の概要を国会に報告しなければならない。',
  '特別社会基盤事業者は、特定侵害事象の発生を認知したときは、遅滞なく、事業所管大臣に報告しなければならない。',
  '前項の規定による報告の様式その他必要な事項は、内閣府令で定める。',
  'この法律は、公布の日から起算して一年六月を超えない範囲内において政令で定める日から施行する。',
  '委員長及び委員は、両議院の同意を得て、内閣総理大臣が任命する。',
  '選別後通信情報は、この法律の目的以外の目的のために利用し、又は提供してはならない。',
  '自衛隊の部隊は、内閣総理大臣の命令を受け、警察と共同して通信防護措置をとることができる。',
  '国は、サイバーセキュリティに関する国民の理解を深めるため、広報活動を行うものとする。',
  '何人も、正当な理由がないのに、他人の電子計算機においてその意図に反する動作をさせるプログラムを作成してはならない。',
];

/** A bill of exactly `n` provisions: chapters (title) of articles (caption, two paragraphs, every other one with two items). */
export function generateBill(n: number): BillJSON {
  const chapters: BillJSON[] = [];
  let articles: BillJSON[] = [];
  let count = 1;
  const s = (i: number, k: number) => `${sentences[(i + k) % sentences.length] ?? ''}（第${i + 1}号関係）`;
  for (let i = 0; count < n; i++) {
    const room = n - count;
    const items = i % 2 && room >= 5 ? [itemJSON(s(i, 3)), itemJSON(s(i, 5))] : [];
    const paragraphs =
      room >= 3 + items.length
        ? [paragraphJSON(s(i, 0), items), paragraphJSON(s(i, 7))]
        : [paragraphJSON(s(i, 0))];
    articles.push(articleJSON(room >= 2 ? `第${i + 1}の措置` : '', paragraphs));
    count += (room >= 2 ? 1 : 0) + paragraphs.length + items.length;
    if (articles.length === 20 || count >= n - 1) {
      chapters.push(chapterJSON(`第${chapters.length + 1}章の規定`, articles));
      articles = [];
      count++;
    }
  }
  return billJSON('能動的サイバー防御ベンチマーク法案', chapters);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
const ms = (x: number) => `${x.toFixed(3)} ms`.padStart(11);
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Types one character into provision `at`, as an editor transaction would. */
function keystroke(provisions: ProvisionText[], at: number, n: number): ProvisionText[] {
  const next = provisions.slice();
  const p = next[at];
  if (p) next[at] = { pid: p.pid, text: p.text.slice(0, 10) + (n % 2 ? 'の' : 'を') + p.text.slice(10) };
  return next;
}

function row(label: string, xs: number[], budget?: number): string {
  const verdict =
    budget === undefined
      ? ''
      : median(xs) < budget
        ? `  budget < ${budget} ms: met`
        : `  budget < ${budget} ms: NOT MET`;
  return `  ${label.padEnd(44)} median ${ms(median(xs))}   p95 ${ms(p95(xs))}${verdict}`;
}

/** Runs the rules benchmark and prints the figures and whether the budgets are met; resolves true when they are. */
export async function runRulesBench({
  provisionCount = 1000,
  runs = 40,
  keystrokes = 400,
} = {}): Promise<boolean> {
  const compileMs: number[] = [];
  let rules: RuleSet = compileRules(builtinRulePacks);
  for (let i = 0; i < 10; i++) compileMs.push(time(() => (rules = compileRules(builtinRulePacks))));
  const doc = generateBill(provisionCount);
  const provisions = billProvisions(doc, 'ja');
  const textChars = provisions.reduce((n, p) => n + p.text.length, 0);

  for (let i = 0; i < 5; i++) new RuleEngine(rules).lint(provisions, 'ja');
  const full = Array.from({ length: runs }, () => time(() => new RuleEngine(rules).lint(provisions, 'ja')));
  const fromJSON = Array.from({ length: runs }, () => time(() => new RuleEngine(rules).lintBill(doc, 'ja')));

  const engine = new RuleEngine(rules);
  let current = provisions;
  engine.lint(current, 'ja');
  const incremental: number[] = [];
  const naive: number[] = [];
  for (let k = 0; k < keystrokes; k++) {
    current = keystroke(current, (k * 7919) % current.length, k);
    const edited = current;
    incremental.push(time(() => engine.lint(edited, 'ja')));
    if (k % 10 === 0) naive.push(time(() => new RuleEngine(rules).lint(edited, 'ja')));
  }
  const findings = engine.lint(current, 'ja');
  const recomputedPerKeystroke = (engine.stats.recomputed - provisions.length) / keystrokes;

  console.log(
    `Billwright rules bench: ${provisions.length} provisions (${textChars} characters), ${rules.rules.length} rules + ${rules.billChecks.length} bill checks, ` +
      `${rules.lexicon.size} distinct patterns; ${findings.length} findings; node ${process.version}`,
  );
  console.log(row('compile packs (once per process)', compileMs));
  console.log(row('full pass, cold cache (provisions)', full, budgets.fullMs));
  console.log(row('full pass from bill JSON (+ numbering)', fromJSON));
  console.log(row('keystroke, incremental engine', incremental, budgets.keystrokeMs));
  console.log(row('keystroke, naive full pass (baseline)', naive));
  console.log(
    `  incremental is ${(median(naive) / Math.max(median(incremental), 1e-6)).toFixed(0)}x faster than the naive pass per keystroke; ` +
      `provisions re-analysed per keystroke: ${recomputedPerKeystroke.toFixed(2)}`,
  );
  return median(full) < budgets.fullMs && median(incremental) < budgets.keystrokeMs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runRulesBench().then(
    (ok) => (process.exitCode = ok ? 0 : 1),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
