import { describe, expect, it } from 'vitest';
import { articleJSON, billJSON, type BillJSON } from '../../../../core/bill';
import { diffBills } from '../../../../core/diff/diffBills';
import { countChanges, diffLines, isEmptyChange } from './diffLines';
import { lineSegments } from './lineSegments';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Sets the text of an article's first paragraph sentence. */
function withText(article: BillJSON, text: string): BillJSON {
  const copy = clone(article);
  const sentence = copy.content?.[1]?.content?.[0];
  if (!sentence) throw new Error('no sentence');
  sentence.content = [{ type: 'text', text }];
  return copy;
}

describe('diffLines', () => {
  const a1 = articleJSON('', ['この法律は、重要電子計算機の防護を目的とする。']);
  const a2 = articleJSON('', ['国は、必要な措置を講ずる。']);
  const before = billJSON('防護法案', [a1, a2]);

  it('puts an article’s number, renumbering and addition on its first paragraph line', () => {
    const after = billJSON('防護法案', [
      articleJSON('', ['']),
      clone(a1),
      withText(a2, '国は、必要な処置を講ずる。'),
    ]);
    const diff = diffBills(before, after, 'ja');
    const lines = diffLines(diff.rows, 'ja');
    expect(lines.map((l) => [l.kind, l.status, l.new?.number ?? null, l.old?.number ?? null])).toEqual([
      ['billTitle', 'unchanged', '', ''],
      ['paragraph', 'added', '第一条', null],
      ['paragraph', 'unchanged', '第二条', '第一条'],
      ['paragraph', 'modified', '第三条', '第二条'],
    ]);
    expect(lines.map((l) => l.renumbered)).toEqual([
      null,
      null,
      { from: '第一条', to: '第二条' },
      { from: '第二条', to: '第三条' },
    ]);
    expect(lines.map((l) => l.stop)).toEqual([false, true, false, true]);
    expect(lines[3]?.redline).toEqual([
      { op: 'equal', text: '国は、必要な' },
      { op: 'delete', text: '措置' },
      { op: 'insert', text: '処置' },
      { op: 'equal', text: 'を講ずる。' },
    ]);
    // One article added (not its paragraph as well), one text change, two renumbered.
    expect(countChanges(diff.rows)).toEqual({ added: 1, deleted: 0, moved: 0, modified: 1, renumbered: 2 });
  });

  it('shows a deleted article whole, once, and captions as their own lines', () => {
    const captioned = articleJSON('定義', ['この法律において「電子計算機」とは、…をいう。']);
    const from = billJSON('防護法案', [a1, captioned, a2]);
    const to = billJSON('防護法案', [clone(a1), clone(a2)]);
    const diff = diffBills(from, to, 'ja');
    const lines = diffLines(diff.rows, 'ja');
    expect(lines.map((l) => [l.kind, l.status, l.old?.number ?? null, l.stop])).toEqual([
      ['billTitle', 'unchanged', '', false],
      ['paragraph', 'unchanged', '第一条', false],
      ['caption', 'deleted', '', true],
      ['paragraph', 'deleted', '第二条', false],
      ['paragraph', 'unchanged', '第三条', false],
    ]);
    expect(lines[2]?.old?.spans).toEqual([{ op: 'delete', text: '定義' }]);
    expect(countChanges(diff.rows)).toMatchObject({ deleted: 1, renumbered: 1, modified: 0 });
  });

  it('flags a moved article on its first line with where it was', () => {
    const a3 = articleJSON('', ['第三の条。']);
    const from = billJSON('防護法案', [a1, a2, a3]);
    const to = billJSON('防護法案', [clone(a3), clone(a1), clone(a2)]);
    const diff = diffBills(from, to, 'ja');
    const lines = diffLines(diff.rows, 'ja');
    const moved = lines.find((l) => l.status === 'moved');
    expect(moved?.movedFrom).toBe('第三条');
    expect(moved?.new?.number).toBe('第一条');
    expect(moved?.stop).toBe(true);
    expect(countChanges(diff.rows).moved).toBe(1);
  });

  it('reports no change for identical versions', () => {
    const diff = diffBills(before, clone(before), 'en');
    expect(isEmptyChange(countChanges(diff.rows))).toBe(true);
    expect(diffLines(diff.rows, 'en').some((l) => l.stop)).toBe(false);
  });

  it('English numbers come off the printed line', () => {
    const en = billJSON('Protection Bill', [articleJSON('', ['This Act aims to protect.'])]);
    const changed = billJSON('Protection Bill', [
      articleJSON('', ['New first.']),
      clone(en.content?.[1] ?? a1),
    ]);
    const lines = diffLines(diffBills(en, changed, 'en').rows, 'en');
    expect(lines[2]?.renumbered).toEqual({ from: 'Article 1', to: 'Article 2' });
    expect(lines[2]?.new?.number).toBe('Article 2');
  });
});

describe('lineSegments', () => {
  const articles = Array.from({ length: 8 }, (_, i) => articleJSON('', [`第${i}の条文。`]));
  const before = billJSON('法案', articles);
  const after = billJSON(
    '法案',
    articles.map((a, i) => (i === 3 ? withText(a, '変えた条文。') : clone(a))),
  );
  const lines = diffLines(diffBills(before, after, 'ja').rows, 'ja');

  it('folds unchanged runs, keeping the title and one line of context', () => {
    const segments = lineSegments(lines, new Set());
    expect(segments.map((s) => [s.type, s.lines.length])).toEqual([
      ['lines', 1],
      ['gap', 2],
      ['lines', 3],
      ['gap', 3],
    ]);
  });

  it('unfolds a gap by its key, or everything', () => {
    const gap = lineSegments(lines, new Set()).find((s) => s.type === 'gap');
    const key = gap?.type === 'gap' ? gap.key : '';
    expect(lineSegments(lines, new Set([key])).filter((s) => s.type === 'gap')).toHaveLength(1);
    expect(lineSegments(lines, 'all')).toEqual([{ type: 'lines', lines }]);
  });
});
