import { describe, expect, it } from 'vitest';
import { articleJSON, billJSON, chapterJSON, itemJSON, paragraphJSON } from '../bill/builders';
import type { BillJSON } from '../bill/types';
import { diffBills } from './diffBills';
import { wordSplitter } from './wordSplitter';

const pidOf = (n: BillJSON) => String(n.attrs?.pid);
/** Replaces the text of the first text container under `node`. */
function setText(node: BillJSON, text: string): void {
  const holder = node.content?.find((c) => /(Sentence|Caption|Title)$/.test(c.type));
  if (!holder) throw new Error('no text container');
  holder.content = [{ type: 'text', text }];
}
const rowOf = (diff: ReturnType<typeof diffBills>, pid: string) => {
  const r = diff.rows.find((x) => x.pid === pid);
  if (!r) throw new Error(`no row ${pid}`);
  return r;
};

const longJa =
  'この法律は、重要電子計算機に対する不正な行為による被害が国民生活及び経済活動に重大な影響を及ぼすおそれが増大していることに鑑み、必要な措置を定めることを目的とする。';

describe('Japanese word segmentation [R-DIFF-01]', () => {
  it('[R-DIFF-01] splits Japanese into words, not characters or whole sentences', () => {
    const words = wordSplitter('ja')('この法律は、必要な措置を定める。');
    expect(words.join('')).toBe('この法律は、必要な措置を定める。');
    expect(words).toContain('法律');
    expect(words).toContain('措置');
    expect(words.length).toBeGreaterThan(5);
  });

  it('[R-DIFF-01] a one-character change inside a long sentence is a small span, not a sentence replacement', () => {
    const para = paragraphJSON(longJa);
    const before = billJSON('法案', [articleJSON('目的', [para])]);
    const after = structuredClone(before);
    const afterPara = after.content?.[1]?.content?.[1];
    if (!afterPara) throw new Error('fixture');
    setText(afterPara, longJa.replace('必要な措置', '必要な処置'));
    const row = rowOf(diffBills(before, after, 'ja'), pidOf(para));
    expect(row.status).toBe('modified');
    const changed = row.redline.filter((s) => s.op !== 'equal');
    expect(changed).toEqual([
      { op: 'delete', text: '措置' },
      { op: 'insert', text: '処置' },
    ]);
    expect(row.old?.spans.filter((s) => s.op === 'equal').map((s) => s.text).join('').length).toBe(longJa.length - 2);
  });

  it('[R-DIFF-01] typing inside a compound word marks only what was typed, not the re-segmented word', () => {
    const para = paragraphJSON('重要電子計算機を保護する。');
    const before = billJSON('法案', [articleJSON('', [para])]);
    const typed = structuredClone(before);
    const shortened = structuredClone(before);
    const at = (doc: BillJSON) => doc.content?.[1]?.content?.[1] as BillJSON;
    setText(at(typed), '重要電子迅速計算機を保護する。');
    setText(at(shortened), '重要計算機を保護する。');
    expect(rowOf(diffBills(before, typed, 'ja'), pidOf(para)).redline).toEqual([
      { op: 'equal', text: '重要電子' },
      { op: 'insert', text: '迅速' },
      { op: 'equal', text: '計算機を保護する。' },
    ]);
    expect(rowOf(diffBills(before, shortened, 'ja'), pidOf(para)).redline).toEqual([
      { op: 'equal', text: '重要' },
      { op: 'delete', text: '電子' },
      { op: 'equal', text: '計算機を保護する。' },
    ]);
  });

  it('[R-DIFF-02] English is diffed word by word', () => {
    const para = paragraphJSON('The Minister shall take necessary measures without delay.');
    const before = billJSON('Act', [articleJSON('Purpose', [para])]);
    const after = structuredClone(before);
    const p = after.content?.[1]?.content?.[1];
    if (!p) throw new Error('fixture');
    setText(p, 'The Minister may take necessary measures without undue delay.');
    const row = rowOf(diffBills(before, after, 'en'), pidOf(para));
    expect(row.redline).toEqual([
      { op: 'equal', text: 'The Minister ' },
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'may' },
      { op: 'equal', text: ' take necessary measures without ' },
      { op: 'insert', text: 'undue ' },
      { op: 'equal', text: 'delay.' },
    ]);
  });
});

describe('diffBills structure', () => {
  it('[R-DIFF-03] an inserted article renumbers the following ones without marking their text changed', () => {
    const a1 = articleJSON('目的', ['目的を定める。']);
    const a2 = articleJSON('定義', ['用語を定義する。']);
    const before = billJSON('法案', [a1, a2]);
    const inserted = articleJSON('基本理念', ['理念を定める。']);
    const after = billJSON('法案', [structuredClone(a1), inserted, structuredClone(a2)]);
    const diff = diffBills(before, after, 'ja');
    const moved = rowOf(diff, pidOf(a2));
    expect(moved).toMatchObject({ status: 'unchanged', textChanged: false, renumbered: true });
    expect([moved.old?.label, moved.new?.label]).toEqual(['第二条', '第三条']);
    expect(rowOf(diff, pidOf(inserted)).status).toBe('added');
    expect(diff.summary).toMatchObject({ added: 2, deleted: 0, moved: 0, modified: 0, renumbered: 1 });
    expect(diff.rows.map((r) => r.new?.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('[R-DIFF-04] a reference to a renumbered article is not a text change; a reference that broke is', () => {
    const target = articleJSON('', ['対象の条。']);
    const gone = articleJSON('', ['削除される条。']);
    const ref = (pid: string): BillJSON => ({
      type: 'paragraph',
      attrs: { pid: `ref-${pid}` },
      content: [{ type: 'paragraphSentence', content: [{ type: 'xref', attrs: { target: pid } }, { type: 'text', text: 'の規定による。' }] }],
    });
    const referring = articleJSON('', [ref(pidOf(target)), ref(pidOf(gone))]);
    const before = billJSON('法案', [gone, target, referring]);
    const after = billJSON('法案', [structuredClone(target), structuredClone(referring)]);
    const diff = diffBills(before, after, 'ja');
    const follows = rowOf(diff, `ref-${pidOf(target)}`);
    expect(follows).toMatchObject({ status: 'unchanged', textChanged: false });
    expect([follows.old?.text, follows.new?.text]).toEqual(['第二条の規定による。', '第一条の規定による。']);
    const broken = rowOf(diff, `ref-${pidOf(gone)}`);
    expect(broken.status).toBe('modified');
    expect(broken.redline.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '第一条' },
      { op: 'insert', text: '〔参照先なし〕' },
    ]);
  });

  it('[R-DIFF-05] a moved chapter is one move; its articles are renumbered, not moved', () => {
    const c1 = chapterJSON('総則', [articleJSON('', ['一。']), articleJSON('', ['二。'])]);
    const c2 = chapterJSON('雑則', [articleJSON('', ['三。'])]);
    const before = billJSON('法案', [c1, c2]);
    const after = billJSON('法案', [structuredClone(c2), structuredClone(c1)]);
    const diff = diffBills(before, after, 'ja');
    expect(diff.rows.filter((r) => r.status === 'moved').map((r) => r.pid)).toEqual([pidOf(c2)]);
    expect(diff.summary).toMatchObject({ moved: 1, modified: 0, added: 0, deleted: 0, renumbered: 5 });
  });

  it('[R-DIFF-06] items are compared one by one, deletions stay where they were', () => {
    const i1 = itemJSON('甲');
    const i2 = itemJSON('乙');
    const i3 = itemJSON('丙');
    const para = paragraphJSON('次に掲げる者', [i1, i2, i3]);
    const before = billJSON('法案', [articleJSON('', [para])]);
    const after = structuredClone(before);
    const items = after.content?.[1]?.content?.[1]?.content;
    if (!items) throw new Error('fixture');
    items.splice(2, 1);
    setText(items[2] as BillJSON, '丙及び丁');
    const diff = diffBills(before, after, 'ja');
    expect(diff.rows.slice(-3).map((r) => [r.pid, r.status, r.old?.label ?? null, r.new?.label ?? null])).toEqual([
      [pidOf(i1), 'unchanged', '一', '一'],
      [pidOf(i2), 'deleted', '二', null],
      [pidOf(i3), 'modified', '三', '二'],
    ]);
  });

  it('[R-DIFF-07] duplicate and missing pids do not crash, and keys stay unique', () => {
    const a1 = articleJSON('', ['一。']);
    const before = billJSON('法案', [a1]);
    const copy = structuredClone(a1);
    const noPid = structuredClone(a1);
    delete noPid.attrs;
    const after = billJSON('法案', [structuredClone(a1), copy, noPid]);
    const diff = diffBills(before, after, 'ja');
    expect(new Set(diff.rows.map((r) => r.key)).size).toBe(diff.rows.length);
    expect(diff.rows.find((r) => r.key === pidOf(a1))?.status).toBe('unchanged');
    expect(diff.rows.filter((r) => r.status === 'added').map((r) => r.kind)).toEqual(['article', 'paragraph', 'article', 'paragraph']);
  });

  it('[R-DIFF-08] a pid reused on another kind of node is a deletion and an addition', () => {
    const before = billJSON('法案', [articleJSON('', [paragraphJSON('本文', [{ ...itemJSON('号'), attrs: { pid: 'same' } }])])]);
    const after = billJSON('法案', [articleJSON('', [paragraphJSON('本文'), { ...paragraphJSON('号'), attrs: { pid: 'same' } }])]);
    const diff = diffBills(before, after, 'ja');
    expect(diff.rows.filter((r) => r.pid === 'same').map((r) => [r.kind, r.status])).toEqual([
      ['item', 'deleted'],
      ['paragraph', 'added'],
    ]);
  });

  it('[R-DIFF-09] caption and title changes are text changes of their own rows', () => {
    const art = articleJSON('目的', ['本文。']);
    const before = billJSON('旧題名', [art]);
    const after = billJSON('新題名', [structuredClone(art)]);
    const a = after.content?.[1];
    if (!a) throw new Error('fixture');
    setText(a, '趣旨');
    const diff = diffBills(before, after, 'ja');
    expect(diff.rows.map((r) => [r.kind, r.status, r.old?.line, r.new?.line])).toEqual([
      ['billTitle', 'modified', '旧題名', '新題名'],
      ['article', 'modified', '（目的）', '（趣旨）'],
      ['paragraph', 'unchanged', '第一条　本文。', '第一条　本文。'],
    ]);
  });
});
