// `npm run bench:diff`: diffBills on two versions of a generated 1,000-provision bill with 5% of its
// provisions changed (text edits, inserted, deleted and moved articles), against a naive baseline in the
// same run: jsdiff's diffWords over the whole plain texts. Budget: median < 200 ms for diffBills.
// Also callable from the main bench runner as runDiffBench().
import { diffWords } from 'diff';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { billToText } from '../../core/bill/text';
import type { BillJSON } from '../../core/bill/types';
import { diffBills } from '../../core/diff/diffBills';
import { countProvisions, generateBill } from '../fixtures/diff/billGenerator';
import { mutateBill } from '../fixtures/diff/mutateBill';
import { seededRandom } from '../helpers/random';

const budgetMs = 200;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(11);

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** A bill of about `provisions` provisions and a copy with `changed` of them edited (mostly text, some structure). */
export function benchPair(provisions: number, changedShare: number, seed = 42): { before: BillJSON; after: BillJSON } {
  const rng = seededRandom(seed);
  const before = generateBill(rng, 'ja', provisions);
  const edits = Math.round(countProvisions(before) * changedShare);
  const structural = Math.max(1, Math.round(edits * 0.2));
  const text = mutateBill(rng, before, 'ja', edits - structural, ['editText']).doc;
  const after = mutateBill(rng, text, 'ja', structural, ['insertArticle', 'deleteProvision', 'moveArticle', 'addItem']).doc;
  return { before, after };
}

function line(label: string, xs: number[], budget?: number): string {
  const verdict = budget === undefined ? '' : median(xs) < budget ? `  budget < ${budget} ms: met` : `  budget < ${budget} ms: NOT MET`;
  return `  ${label.padEnd(46)} median ${ms(median(xs))}   p95 ${ms(p95(xs))}${verdict}`;
}

/** Runs the diff benchmark and prints the figures and whether the budget is met; resolves true when it is. */
export async function runDiffBench({ provisions = 1000, changedShare = 0.05, runs = 30 } = {}): Promise<boolean> {
  const { before, after } = benchPair(provisions, changedShare);
  const [oldText, newText] = [billToText(before, 'ja'), billToText(after, 'ja')];
  for (let i = 0; i < 3; i++) diffBills(before, after, 'ja');
  let diff = diffBills(before, after, 'ja');
  const structured = Array.from({ length: runs }, () => time(() => (diff = diffBills(before, after, 'ja'))));
  let plain = diffWords(oldText, newText);
  const naive = Array.from({ length: Math.max(3, Math.round(runs / 3)) }, () => time(() => (plain = diffWords(oldText, newText))));
  // How much text each marks as changed: whitespace-free Japanese makes the naive diff replace whole sentences.
  const marked = diff.rows.flatMap((r) => r.redline).reduce((n, s) => n + (s.op === 'equal' ? 0 : s.text.length), 0);
  const naiveMarked = plain.reduce((n, c) => n + (c.added || c.removed ? c.value.length : 0), 0);
  console.log(
    `Billwright diff bench: ${countProvisions(before)} → ${countProvisions(after)} provisions, ${oldText.length} characters; ` +
      `rows: ${JSON.stringify(diff.summary)}; node ${process.version}`,
  );
  console.log(line('diffBills (pid alignment + Intl.Segmenter words)', structured, budgetMs));
  console.log(line('naive baseline: diffWords over the whole text', naive));
  console.log(`  diffBills is ${(median(naive) / Math.max(median(structured), 1e-6)).toFixed(1)}x the speed of the naive whole-text diff`);
  console.log(`  characters marked as changed: diffBills ${marked}, naive ${naiveMarked} (renumbered labels are not text changes)`);
  return median(structured) < budgetMs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runDiffBench().then(
    (ok) => (process.exitCode = ok ? 0 : 1),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
