import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from '@tiptap/pm/model';
import { articleJSON, billJSON, chapterJSON, itemJSON, paragraphJSON } from '../../../../core/bill';
import { deleteProvision } from './deleteProvision';
import { joinSentenceBackward, joinSentenceForward } from './joinSentence';
import { moveProvision } from './moveProvision';
import { splitProvision } from './splitProvision';
import { cursorBlock, cursorText, lines, pids, run, stateWithCursor, withCursor } from './testBill';

const captions = (doc: PMNode) => {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'articleCaption') out.push(n.textContent);
    return n.type.name !== 'articleCaption';
  });
  return out;
};
const threeArticles = () =>
  billJSON('題名', [
    articleJSON('一', ['文一。']),
    articleJSON('二', ['文二。', '文二の二。']),
    articleJSON('三', ['文三。']),
  ]);

describe('moveProvision', () => {
  it('moves a single-paragraph article as a whole, keeping pids and the cursor', () => {
    const start = stateWithCursor(threeArticles(), '文三。', 1);
    const next = run(start, moveProvision(-1));
    expect(next && captions(next.doc)).toEqual(['一', '三', '二']);
    expect(next && [...pids(next)].sort()).toEqual([...pids(start)].sort());
    expect(next && cursorText(next)).toBe('文三。');
    expect(next?.selection.$from.parentOffset).toBe(1);
  });

  it('moves a paragraph among its siblings, not across articles', () => {
    const down = run(stateWithCursor(threeArticles(), '文二。'), moveProvision(1));
    expect(down?.doc.child(2).child(1).textContent).toBe('文二の二。');
    expect(down?.doc.child(2).child(2).textContent).toBe('文二。');
    expect(down && run(down, moveProvision(1))).toBeNull();
  });

  it('moves an article up when the cursor is in its caption and declines at the edge', () => {
    expect(run(stateWithCursor(threeArticles(), '一'), moveProvision(-1))).toBeNull();
    const next = run(stateWithCursor(threeArticles(), '二'), moveProvision(-1));
    expect(next && captions(next.doc)).toEqual(['二', '一', '三']);
  });

  it('moves chapters when the cursor is in a chapter title', () => {
    const doc = billJSON('題名', [
      chapterJSON('甲', [articleJSON('a', ['x'])]),
      chapterJSON('乙', [articleJSON('b', ['y'])]),
    ]);
    const next = run(stateWithCursor(doc, '乙'), moveProvision(-1));
    expect(next?.doc.child(1).child(0).textContent).toBe('乙');
  });
});

describe('deleteProvision', () => {
  it('deletes an item, a paragraph, and an article whose only paragraph is at the cursor', () => {
    const doc = billJSON('題名', [
      articleJSON('', [paragraphJSON('柱書', [itemJSON('号一'), itemJSON('号二')])]),
      articleJSON('', ['後の条']),
    ]);
    const noItem = run(stateWithCursor(doc, '号一'), deleteProvision);
    expect(noItem && lines(noItem)).toEqual([
      'article:第一条',
      'paragraph:',
      'item:一',
      'article:第二条',
      'paragraph:',
    ]);
    const noArticle = run(stateWithCursor(doc, '後の条'), deleteProvision);
    expect(noArticle && lines(noArticle)).toEqual(['article:第一条', 'paragraph:', 'item:一', 'item:二']);
    expect(noArticle && cursorText(noArticle)).toBe('号二');
  });

  it('never deletes the last article of the bill', () => {
    const doc = billJSON('題名', [articleJSON('', ['唯一'])]);
    expect(run(stateWithCursor(doc, '唯一'), deleteProvision)).toBeNull();
  });
});

describe('splitProvision (Enter)', () => {
  it('at the end of a paragraph sentence opens a new paragraph', () => {
    const next = run(stateWithCursor(threeArticles(), '文一。'), splitProvision);
    expect(next && lines(next).slice(0, 3)).toEqual(['article:第一条', 'paragraph:', 'paragraph:２']);
    expect(next && cursorBlock(next)).toBe('paragraphSentence');
    expect(next && cursorText(next)).toBe('');
  });

  it('in the middle carries the rest of the sentence into the new provision', () => {
    const next = run(stateWithCursor(threeArticles(), '文一。', 1), splitProvision);
    expect(next?.doc.child(1).child(1).textContent).toBe('文');
    expect(next?.doc.child(1).child(2).textContent).toBe('一。');
    expect(next?.selection.$from.parentOffset).toBe(0);
  });

  it('inside an item opens a new item; at the start it opens one before, keeping the pid', () => {
    const doc = billJSON('題名', [articleJSON('', [paragraphJSON('柱書', [itemJSON('号一')])])]);
    const next = run(stateWithCursor(doc, '号一'), splitProvision);
    expect(next && lines(next)).toEqual(['article:第一条', 'paragraph:', 'item:一', 'item:二']);
    expect(next && cursorBlock(next)).toBe('itemSentence');
    const start = stateWithCursor(doc, '号一', 0);
    const before = run(start, splitProvision);
    const itemPid = (s: typeof start, text: string) => {
      let pid: unknown = null;
      s.doc.descendants((n) => {
        if (n.type.name === 'item' && n.textContent === text) pid = n.attrs.pid;
        return true;
      });
      return pid;
    };
    expect(before && itemPid(before, '号一')).toBe(itemPid(start, '号一'));
    expect(before && cursorText(before)).toBe('号一');
  });

  it('in a caption moves to the first sentence without splitting', () => {
    const start = stateWithCursor(threeArticles(), '二');
    const next = run(start, splitProvision);
    expect(next?.doc.eq(start.doc)).toBe(true);
    expect(next && cursorText(next)).toBe('文二。');
  });
});

describe('joinSentence (Backspace / Delete at the edges)', () => {
  it('merges a bare paragraph into the previous sentence', () => {
    const next = run(stateWithCursor(threeArticles(), '文二の二。', 0), joinSentenceBackward);
    expect(next?.doc.child(2).child(1).textContent).toBe('文二。文二の二。');
    expect(next?.doc.child(2).childCount).toBe(2);
    expect(next?.selection.$from.parentOffset).toBe(3);
  });

  it('only steps back when the paragraph is its article’s last one', () => {
    const start = stateWithCursor(threeArticles(), '文三。', 0);
    const next = run(start, joinSentenceBackward);
    expect(next?.doc.eq(start.doc)).toBe(true);
    expect(next && cursorText(next)).toBe('三');
  });

  it('Delete at the end pulls the next bare paragraph up', () => {
    const start = withCursor(stateWithCursor(threeArticles(), '文一。'), '文二。');
    const next = run(start, joinSentenceForward);
    expect(next?.doc.child(2).child(1).textContent).toBe('文二。文二の二。');
  });

  it('declines inside a line so ordinary deletion happens', () => {
    expect(run(stateWithCursor(threeArticles(), '文二。', 1), joinSentenceBackward)).toBeNull();
  });
});
