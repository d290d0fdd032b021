import { describe, expect, it } from 'vitest';
import {
  articleJSON,
  billJSON,
  chapterJSON,
  itemJSON,
  paragraphJSON,
  supplJSON,
} from '../../../../core/bill';
import { insertArticle } from './insertArticle';
import { insertChapter } from './insertChapter';
import { insertItem } from './insertItem';
import { insertParagraph } from './insertParagraph';
import { insertSubitem } from './insertSubitem';
import { cursorBlock, cursorText, lines, pids, run, stateWithCursor } from './testBill';

const twoArticles = () =>
  billJSON('題名', [articleJSON('目的', ['第一条の文。']), articleJSON('定義', ['第二条の文。'])]);

describe('insertArticle', () => {
  it('inserts an empty article after the one at the cursor and moves into its paragraph', () => {
    const next = run(stateWithCursor(twoArticles(), '第一条の文。'), insertArticle('after'));
    expect(next && lines(next)).toEqual([
      'article:第一条',
      'paragraph:',
      'article:第二条',
      'paragraph:',
      'article:第三条',
      'paragraph:',
    ]);
    expect(next?.doc.child(2).child(0).textContent).toBe('');
    expect(next && cursorBlock(next)).toBe('paragraphSentence');
    expect(next?.selection.$from.node(1)).toBe(next?.doc.child(2));
  });

  it('inserts before the article at the cursor', () => {
    const next = run(stateWithCursor(twoArticles(), '定義'), insertArticle('before'));
    expect(next?.doc.child(2).child(0).textContent).toBe('');
    expect(next?.doc.child(3).child(0).textContent).toBe('定義');
    expect(next?.selection.$from.node(1)).toBe(next?.doc.child(2));
  });

  it('opens a chapter when the cursor is in its title', () => {
    const doc = billJSON('題名', [chapterJSON('総則', [articleJSON('目的', ['文。'])])]);
    const next = run(stateWithCursor(doc, '総則'), insertArticle('after'));
    expect(next?.doc.child(1).child(1).child(0).textContent).toBe('');
    expect(next?.doc.child(1).child(2).child(0).textContent).toBe('目的');
  });

  it('gives every new node a fresh pid', () => {
    const before = stateWithCursor(twoArticles(), '第一条の文。');
    const next = run(before, insertArticle('after'));
    const all = next ? pids(next) : [];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(pids(before).length + 2);
  });
});

describe('insertChapter', () => {
  it('adds a chapter with one article after the top-level block and moves into its title', () => {
    const next = run(stateWithCursor(twoArticles(), '第一条の文。'), insertChapter);
    expect(next && lines(next)).toEqual([
      'article:第一条',
      'paragraph:',
      'chapter:第一章',
      'article:第二条',
      'paragraph:',
      'article:第三条',
      'paragraph:',
    ]);
    expect(next && cursorBlock(next)).toBe('chapterTitle');
  });

  it('goes before 附則 when the cursor is in 附則', () => {
    const doc = billJSON('題名', [articleJSON('', ['本則。'])], [supplJSON([paragraphJSON('施行する。')])]);
    const next = run(stateWithCursor(doc, '施行する。'), insertChapter);
    expect(next?.doc.child(2).type.name).toBe('chapter');
    expect(next?.doc.child(3).type.name).toBe('supplProvision');
  });
});

describe('insertParagraph / insertItem / insertSubitem', () => {
  it('adds a paragraph after the current one', () => {
    const next = run(stateWithCursor(twoArticles(), '第一条の文。'), insertParagraph);
    expect(next && lines(next).slice(0, 3)).toEqual(['article:第一条', 'paragraph:', 'paragraph:２']);
    expect(next && cursorText(next)).toBe('');
  });

  it('adds the first item from the sentence, then items after the current one', () => {
    const first = run(stateWithCursor(twoArticles(), '第一条の文。'), insertItem);
    expect(first && cursorBlock(first)).toBe('itemSentence');
    const second = first && run(first, insertItem);
    expect(second && lines(second).slice(0, 4)).toEqual([
      'article:第一条',
      'paragraph:',
      'item:一',
      'item:二',
    ]);
  });

  it('adds subitems only inside items', () => {
    expect(run(stateWithCursor(twoArticles(), '第一条の文。'), insertSubitem)).toBeNull();
    const doc = billJSON('題名', [articleJSON('', [paragraphJSON('柱書', [itemJSON('号一')])])]);
    const next = run(stateWithCursor(doc, '号一'), insertSubitem);
    const again = next && run(next, insertSubitem);
    expect(again && lines(again)).toEqual([
      'article:第一条',
      'paragraph:',
      'item:一',
      'subitem:イ',
      'subitem:ロ',
    ]);
  });
});
