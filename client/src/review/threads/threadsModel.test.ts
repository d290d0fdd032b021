// [R-REV-UI] The review layer's model in the editor: provision offsets ↔ document positions (cross-
// references count 0, as core/review counts them), comment targets from selections, highlights on the
// words a thread covers after edits, badges, mentions, and the panel's tabs and filters.
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleJSON, billExtensions, billJSON, paragraphJSON, type BillJSON } from '../../../../core/bill';
import { createAnchor, sentenceRuns, sentencesByPid, type ThreadRecord, type ThreadView, type UserRef } from '../../../../core/review';
import { computeThreadViews, reuseViews } from './computeThreadViews';
import { filterThreads, initialFilter, tabCounts } from './filterThreads';
import { insertMention, matchMembers, mentionAt, mentionSegments } from './mentions';
import { offsetToPos, posToOffset, provisionBlocks } from './provisionText';
import { selectionTarget } from './selectionTarget';
import { openThreadCounts, threadDecorations, viewRange } from './threadDecorations';

const schema = getSchema(billExtensions);
const alice: UserRef = { id: 'u1', username: 'alice', displayName: 'Alice' };
const bob: UserRef = { id: 'u2', username: 'bob', displayName: 'Bob' };

/** A paragraph whose sentence is `before`, a cross-reference, then `after`. */
function withXref(before: string, after: string): BillJSON {
  const p = paragraphJSON('');
  p.content = [
    { type: 'paragraphSentence', content: [{ type: 'text', text: before }, { type: 'xref', attrs: { target: 'x' } }, { type: 'text', text: after }] },
  ];
  return p;
}

function setup(paragraphs: BillJSON[]) {
  const json = billJSON('法案', [articleJSON('目的', paragraphs)]);
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('content');
  prosemirrorJSONToYXmlFragment(schema, json, fragment);
  const state = EditorState.create({ schema, doc: schema.nodeFromJSON(json) });
  return { fragment, state };
}

const pidOf = (p: BillJSON) => String(p.attrs?.pid);

const record = (over: Partial<ThreadRecord> & Pick<ThreadRecord, 'id' | 'pid'>): ThreadRecord => ({
  kind: 'comment',
  anchor: null,
  waiver: null,
  status: 'open',
  createdBy: alice,
  createdAt: '2025-01-01T00:00:00.000Z',
  statusBy: null,
  statusAt: null,
  comments: [{ id: 'c1', author: alice, body: 'hi', mentions: [], createdAt: '2025-01-01T00:00:00.000Z', editedAt: null, deletedAt: null }],
  ...over,
});

describe('provision offsets', () => {
  it('[R-REV-UI-01] map to positions and back, counting a cross-reference as nothing', () => {
    const p = withXref('前条の', 'による措置');
    const { state, fragment } = setup([p]);
    const block = provisionBlocks(state.doc).get(pidOf(p));
    expect(block?.node.type.name).toBe('paragraphSentence');
    if (!block) return;
    // The Y text the server counts has the same characters.
    expect(sentenceRuns(sentencesByPid(fragment).get(pidOf(p)) as Y.XmlElement).text).toBe('前条のによる措置');
    const xrefPos = block.pos + 1 + 3;
    expect(state.doc.nodeAt(xrefPos)?.type.name).toBe('xref');
    // Offset 3 starts after the reference; as an end it stops before it.
    expect(offsetToPos(block, 3, 'start')).toBe(xrefPos + 1);
    expect(offsetToPos(block, 3, 'end')).toBe(xrefPos);
    expect(offsetToPos(block, 0, 'start')).toBe(block.pos + 1);
    expect(offsetToPos(block, 8, 'end')).toBe(block.pos + block.node.nodeSize - 1);
    expect(posToOffset(block, xrefPos)).toBe(3);
    expect(posToOffset(block, xrefPos + 1)).toBe(3);
    expect(posToOffset(block, xrefPos + 3)).toBe(5);
  });

  it('[R-REV-UI-02] a comment target is a non-blank selection inside one provision’s text', () => {
    const p1 = withXref('前条の', 'による措置');
    const p2 = paragraphJSON('第二項の文。');
    const { state } = setup([p1, p2]);
    const blocks = provisionBlocks(state.doc);
    const b1 = blocks.get(pidOf(p1));
    const b2 = blocks.get(pidOf(p2));
    if (!b1 || !b2) throw new Error('blocks');
    const select = (from: number, to: number) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
    // 条の[xref]によ → offsets 1..5
    expect(selectionTarget(select(b1.pos + 2, b1.pos + 1 + 3 + 1 + 2))).toEqual({
      pid: pidOf(p1),
      from: b1.pos + 2,
      to: b1.pos + 7,
      start: 1,
      end: 5,
    });
    expect(selectionTarget(select(b1.pos + 2, b1.pos + 2))).toBeNull();
    expect(selectionTarget(select(b1.pos + 2, b2.pos + 3))).toBeNull();
  });
});

describe('threads in the text', () => {
  it('[R-REV-UI-03] highlight the anchored words as the text changes; orphaned threads draw nothing', () => {
    const p = paragraphJSON('内閣総理大臣は、通信の秘密を侵さない範囲で措置をとる。');
    const { fragment } = setup([p]);
    const pid = pidOf(p);
    const text = '内閣総理大臣は、通信の秘密を侵さない範囲で措置をとる。';
    const at = text.indexOf('通信の秘密');
    const anchor = createAnchor(fragment, pid, at, at + 5);
    const records = [record({ id: 't1', pid, anchor }), record({ id: 't2', pid, anchor, status: 'resolved' })];
    // Someone types before the words (in Yjs; the editor's document is rebuilt from the same text).
    const run = sentenceRuns(sentencesByPid(fragment).get(pid) as Y.XmlElement).runs[0]?.text as Y.XmlText;
    run.insert(0, '前文。');
    // The editor's document after the same change (same pid, new text).
    const edited = { ...p, content: [{ type: 'paragraphSentence', content: [{ type: 'text', text: '前文。' + text }] }] };
    const next = EditorState.create({ schema, doc: schema.nodeFromJSON(billJSON('法案', [articleJSON('目的', [edited])])) });
    const views = computeThreadViews(records, fragment, () => undefined);
    expect(views.map((v) => [v.id, v.orphaned, v.range?.text])).toEqual([
      ['t1', false, '通信の秘密'],
      ['t2', false, '通信の秘密'],
    ]);
    const blocks = provisionBlocks(next.doc);
    const range = viewRange(blocks, views[0] as ThreadView);
    expect(range && next.doc.textBetween(range.from, range.to)).toBe('通信の秘密');
    const input = { activeId: null, draft: null, badgeTitle: String, onBadge: () => {} };
    const set = threadDecorations(next.doc, { ...input, views });
    // The resolved thread is not drawn unless active; one badge counts the open one.
    expect(set.find().filter((d) => (d.spec as { threadId?: string }).threadId).map((d) => (d.spec as { threadId: string }).threadId)).toEqual(['t1']);
    expect(openThreadCounts(views).get(pid)).toBe(1);
    const active = threadDecorations(next.doc, { ...input, views, activeId: 't2' });
    expect(active.find().filter((d) => (d.spec as { threadId?: string }).threadId)).toHaveLength(2);
    // Resolving again with nothing changed keeps the same array (panels do not re-render).
    expect(reuseViews(views, computeThreadViews(records, fragment, () => undefined))).toBe(views);
    // The words go: orphaned, still listed, drawn nowhere.
    run.delete(3 + at, 5);
    const gone = computeThreadViews(records, fragment, () => undefined);
    expect(gone[0]).toMatchObject({ orphaned: true, orphanReason: 'text-deleted', range: null });
    const reused = reuseViews(views, gone);
    expect(reused).not.toBe(views);
    expect(reused[0]).toBe(gone[0]);
    expect(openThreadCounts(gone).size).toBe(0);
  });
});

describe('mentions', () => {
  it('[R-REV-UI-04] highlights only resolved members and keeps the rest as text', () => {
    expect(mentionSegments('Ask @alice and @carol. Also @Bob.', [alice, bob])).toEqual([
      { text: 'Ask ' },
      { text: '@alice', mention: alice },
      { text: ' and @carol. Also ' },
      { text: '@Bob', mention: bob },
      { text: '.' },
    ]);
    expect(mentionSegments('<b>x</b> @alice', [])).toEqual([{ text: '<b>x</b> @alice' }]);
  });

  it('[R-REV-UI-05] finds the name being typed and inserts the picked one', () => {
    expect(mentionAt('hello @al', 9)).toEqual({ start: 6, query: 'al' });
    expect(mentionAt('mail a@b', 8)).toBeNull();
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(insertMention('hi @al there', { start: 3 }, 6, 'alice')).toEqual({ text: 'hi @alice there', caret: 10 });
    const members = [
      { username: 'kenji', displayName: '法務 健司' },
      { username: 'aiko', displayName: '田中 愛子' },
    ];
    expect(matchMembers(members, '').map((m) => m.username)).toEqual(['aiko', 'kenji']);
    expect(matchMembers(members, '田中').map((m) => m.username)).toEqual(['aiko']);
  });
});

describe('the threads panel', () => {
  it('[R-REV-UI-06] tabs by status and orphaned; filters by provision, author and mentions; reading order', () => {
    const view = (over: Partial<ThreadView> & Pick<ThreadView, 'id' | 'pid'>): ThreadView => ({
      ...record(over),
      orphaned: false,
      orphanReason: null,
      range: { start: 0, end: 1, text: 'x', via: 'position' },
      waiverInForce: null,
      ...over,
    });
    const views = [
      view({ id: 'a', pid: 'p2' }),
      view({ id: 'b', pid: 'p1', status: 'resolved' }),
      view({ id: 'c', pid: 'p1', orphaned: true, orphanReason: 'text-deleted', range: null }),
      view({
        id: 'd',
        pid: 'p1',
        comments: [{ id: 'c9', author: bob, body: '@alice see', mentions: [alice], createdAt: '2025-01-02T00:00:00.000Z', editedAt: null, deletedAt: null }],
      }),
    ];
    const order = (pid: string) => ({ p1: 0, p2: 1 })[pid];
    const ids = (filter = {}) => filterThreads(views, { ...initialFilter, ...filter }, alice.id, order).map((v) => v.id);
    expect(tabCounts(views)).toEqual({ open: 3, resolved: 1, orphaned: 1, all: 4 });
    expect(ids()).toEqual(['c', 'd', 'a']);
    expect(ids({ tab: 'orphaned' })).toEqual(['c']);
    expect(ids({ tab: 'all', pid: 'p1' })).toEqual(['b', 'c', 'd']);
    expect(ids({ author: bob.id })).toEqual(['d']);
    expect(ids({ mentionsMe: true })).toEqual(['d']);
  });
});
