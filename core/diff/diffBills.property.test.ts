// [R-DIFF-P1] Property: for random edit sequences, the diff is lossless. Reading the rows' old sides in
// old order prints the older version (billLines), the new sides in new order the newer one; every
// side's spans join to its text; equal+delete runs of the redline give the old text, equal+insert the new.
import { describe, expect, it } from 'vitest';
import { billLines } from '../bill/text';
import type { BillJSON, BillLang } from '../bill/types';
import { generateBill } from '../../tests/fixtures/diff/billGenerator';
import { mutateBill } from '../../tests/fixtures/diff/mutateBill';
import { seededRandom, testSeed } from '../../tests/helpers/random';
import { diffBills } from './diffBills';
import type { BillDiff, DiffSide } from './types';

function printed(diff: BillDiff, which: 'old' | 'new'): string[] {
  return diff.rows
    .map((r) => r[which])
    .filter((s): s is DiffSide => s !== null)
    .sort((a, b) => a.index - b.index)
    .flatMap((s) => (s.line === null ? [] : [s.line]));
}

function checkLossless(before: BillJSON, after: BillJSON, lang: BillLang): BillDiff {
  const diff = diffBills(before, after, lang);
  expect(printed(diff, 'old')).toEqual(billLines(before, lang).map((l) => l.line));
  expect(printed(diff, 'new')).toEqual(billLines(after, lang).map((l) => l.line));
  for (const r of diff.rows) {
    for (const s of [r.old, r.new]) if (s) expect(s.spans.map((x) => x.text).join('')).toBe(s.text);
    // (Generated bills have no cross-references, whose equal runs print the newer citation.)
    const runs = (skip: string) => r.redline.filter((x) => x.op !== skip).map((x) => x.text).join('');
    if (r.old) expect(runs('insert')).toBe(r.old.text);
    if (r.new) expect(runs('delete')).toBe(r.new.text);
    expect(r.old?.spans.every((x) => x.op !== 'insert') ?? true).toBe(true);
    expect(r.new?.spans.every((x) => x.op !== 'delete') ?? true).toBe(true);
  }
  expect(new Set(diff.rows.map((r) => r.key)).size).toBe(diff.rows.length);
  return diff;
}

describe('diffBills property [R-DIFF-P1]', () => {
  const seed = testSeed(20240607);
  for (const lang of ['ja', 'en'] as const) {
    it(`[R-DIFF-P1] random edit sequences round-trip through the diff (${lang}, seed ${seed})`, () => {
      const rng = seededRandom(seed + (lang === 'ja' ? 0 : 1));
      const seen = { added: 0, deleted: 0, moved: 0, modified: 0, renumbered: 0, unchanged: 0 };
      for (let round = 0; round < 40; round++) {
        const before = generateBill(rng, lang, 20 + rng.int(60));
        const { doc: after, log } = mutateBill(rng, before, lang, 1 + rng.int(12));
        try {
          const diff = checkLossless(before, after, lang);
          // Unchanged sides are reported once, on both sides, with the same text.
          for (const r of diff.rows) if (r.status === 'unchanged') expect(r.old?.text).toBe(r.new?.text);
          for (const k of Object.keys(seen) as (keyof typeof seen)[]) seen[k] += diff.summary[k];
        } catch (err) {
          throw new Error(`seed ${seed} round ${round} (${log.join(', ')}): ${(err as Error).message}`);
        }
      }
      // The rounds exercised every kind of change.
      for (const n of Object.values(seen)) expect(n).toBeGreaterThan(0);
    });
  }

  it('[R-DIFF-P2] the diff of a version with itself is all unchanged', () => {
    const rng = seededRandom(seed);
    const doc = generateBill(rng, 'ja', 200);
    const diff = checkLossless(doc, structuredClone(doc), 'ja');
    expect(diff.summary).toMatchObject({ added: 0, deleted: 0, moved: 0, modified: 0, renumbered: 0 });
    expect(diff.summary.unchanged).toBe(diff.rows.length);
  });
});
