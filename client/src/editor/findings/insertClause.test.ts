import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { articleJSON, billJSON, chapterJSON, itemJSON, paragraphJSON } from '../../../../core/bill';
import { lines, run, schema } from '../commands/testBill';
import { insertClause } from './insertClause';

const CLAUSE = '前項の措置は、必要な最小限度においてとらなければならない。';

function state() {
  const doc = billJSON('題名', [
    chapterJSON('総則', [
      articleJSON('措置', [paragraphJSON('第一項の文。', [itemJSON('号の文。')]), paragraphJSON('第二項の文。')]),
    ]),
  ]);
  return EditorState.create({ schema, doc: schema.nodeFromJSON(doc) });
}

/** A position inside the first textblock containing `text`. */
function inside(s: EditorState, text: string): number {
  let at = -1;
  s.doc.descendants((n, pos) => {
    if (at < 0 && n.isTextblock && n.textContent.includes(text)) at = pos + 1;
    return at < 0;
  });
  return at;
}

describe('insertClause', () => {
  it('adds the clause as the paragraph right after the finding’s paragraph, cursor after it', () => {
    const s = state();
    const next = run(s, insertClause(inside(s, '第一項の文'), CLAUSE));
    expect(next && lines(next)).toEqual(['chapter:第一章', 'article:第一条', 'paragraph:', 'item:一', 'paragraph:２', 'paragraph:３']);
    expect(next?.selection.$from.parent.textContent).toBe(CLAUSE);
    expect(next?.selection.$from.parentOffset).toBe(CLAUSE.length);
  });

  it('from an item, after the item’s paragraph; from a caption, at the end of the article', () => {
    const s = state();
    const fromItem = run(s, insertClause(inside(s, '号の文'), CLAUSE));
    expect(fromItem?.doc.child(1).child(1).child(2).textContent).toBe(CLAUSE);
    const fromCaption = run(s, insertClause(inside(s, '措置'), CLAUSE));
    expect(fromCaption?.doc.child(1).child(1).lastChild?.textContent).toBe(CLAUSE);
  });

  it('declines on chapter titles and empty suggestions', () => {
    const s = state();
    expect(run(s, insertClause(inside(s, '総則'), CLAUSE))).toBeNull();
    expect(run(s, insertClause(inside(s, '第一項の文'), '  '))).toBeNull();
  });
});
