// [R-DIFF-G] Golden files for the structure-aware diff: tests/fixtures/diff/<case>/{before,after,expected}.json,
// the case's language from its name (ja-…, en-…). A missing expected.json is a failure: write (or
// regenerate, after a reviewed change) the goldens with
//   UPDATE_GOLDENS=1 npx vitest run tests/integration/versionsDiffGolden.test.ts
// and read every written expected.json (git diff) before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { billLines } from '../../core/bill/text';
import type { BillJSON, BillLang } from '../../core/bill/types';
import { diffBills } from '../../core/diff/diffBills';
import type { BillDiff, DiffSide } from '../../core/diff/types';
import { validateBillJSON } from '../../server/src/domain/billContent';
import { goldenView } from '../fixtures/diff/goldenView';

const root = join(import.meta.dirname, '../fixtures/diff');
// BW_UPDATE_GOLDEN=1 is the variable's former name, still accepted.
const update = process.env.UPDATE_GOLDENS === '1' || process.env.BW_UPDATE_GOLDEN === '1';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

const printed = (diff: BillDiff, which: 'old' | 'new') =>
  diff.rows
    .map((r) => r[which])
    .filter((s): s is DiffSide => s !== null)
    .sort((a, b) => a.index - b.index)
    .flatMap((s) => (s.line === null ? [] : [s.line]));

describe('diff golden files [R-DIFF-G]', () => {
  it('has the cases the issue asks for', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'ja-text-edits',
        'ja-insert-delete-articles',
        'ja-moved-chapter',
        'ja-renumber-only',
        'ja-items',
        'ja-captions',
        'en-mixed',
        'en-renumber-captions-items',
        'ja-duplicate-pids',
        'ja-large',
      ]),
    );
  });

  it.each(cases)('[R-DIFF-G] %s', (name) => {
    const dir = join(root, name);
    const lang: BillLang = name.startsWith('en-') ? 'en' : 'ja';
    const before = read(join(dir, 'before.json')) as BillJSON;
    const after = read(join(dir, 'after.json')) as BillJSON;
    // Fixtures are real bills: they fit the schema the editor and server use.
    validateBillJSON(before);
    validateBillJSON(after);
    const diff = diffBills(before, after, lang);
    // Invariants the compact view does not show: each side prints its version, spans join to texts.
    // (billLines numbers a repeated pid like its first copy; the diff numbers every copy where it stands.)
    if (!name.includes('duplicate')) {
      expect(printed(diff, 'old')).toEqual(billLines(before, lang).map((l) => l.line));
      expect(printed(diff, 'new')).toEqual(billLines(after, lang).map((l) => l.line));
    }
    for (const r of diff.rows) for (const s of [r.old, r.new]) if (s) expect(s.spans.map((x) => x.text).join('')).toBe(s.text);

    const expectedFile = join(dir, 'expected.json');
    const view = goldenView(diff);
    if (update) writeFileSync(expectedFile, `${JSON.stringify(view, null, 2)}\n`);
    // Never written silently: a new case must be generated on purpose and its expected.json read by a person.
    if (!existsSync(expectedFile)) {
      throw new Error(
        `${name}: no expected.json. Generate it with UPDATE_GOLDENS=1 npx vitest run tests/integration/versionsDiffGolden.test.ts, ` +
          'then read it and check every row by hand before committing it.',
      );
    }
    expect(view).toEqual(read(expectedFile));
  });
});
