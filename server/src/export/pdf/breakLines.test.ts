// Line breaking with kinsoku, measured in a monospace where every character is 1 wide (an em).
import { describe, expect, it } from 'vitest';
import { breakLines } from './breakLines';
import { breakPieces, canBreakBefore } from './kinsoku';
import type { Run } from './printModel';

const measure = (text: string) => Array.from(text).length;
const lines = (runs: Run[] | string, width: number, firstIndent = 0, restIndent = 0) =>
  breakLines(typeof runs === 'string' ? [{ text: runs }] : runs, { width, firstIndent, restIndent, measure }).map((l) =>
    l.pieces.map((p) => p.text).join(''),
  );

describe('kinsoku', () => {
  it.each([
    ['あ', '、', false],
    ['あ', '。', false],
    ['あ', '」', false],
    ['あ', 'ー', false],
    ['あ', 'っ', false],
    ['「', 'あ', false],
    ['（', 'あ', false],
    ['…', '…', false],
    ['１', '２', false],
    ['a', 'b', false],
    ['a', '.', false],
    ['あ', 'い', true],
    ['。', 'あ', true],
    [' ', 'a', true],
    ['あ', 'a', true],
  ])('between %s and %s: %s', (a, b, ok) => {
    expect(canBreakBefore(a, b)).toBe(ok);
  });

  it('cuts text into unbreakable pieces', () => {
    expect(breakPieces('「甲」は、Article 21(2) です。')).toEqual(['「甲」', 'は、', 'Article ', '21(2) ', 'で', 'す。']);
  });
});

describe('breakLines', () => {
  it('fills lines greedily at the available width, indents counted', () => {
    expect(lines('あいうえおかきくけこ', 4, 0, 1)).toEqual(['あいうえ', 'おかき', 'くけこ']);
  });

  it('never starts a line with 、 or 。: the character before comes along', () => {
    expect(lines('あいうえ、かきくけ。', 4)).toEqual(['あいう', 'え、かき', 'くけ。']);
  });

  it('never ends a line with an opening bracket', () => {
    expect(lines('あいう「えお」', 4)).toEqual(['あいう', '「えお」']);
  });

  it('breaks English at spaces and lets trailing spaces hang', () => {
    expect(lines('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
  });

  it('splits only a piece wider than a whole line', () => {
    expect(lines('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps a nobreak run whole and styles as given', () => {
    const laid = breakLines([{ text: 'あいう' }, { text: '（第一条―第三条）', nobreak: true }], { width: 10, firstIndent: 0, restIndent: 0, measure });
    expect(laid.map((l) => l.pieces.map((p) => p.text).join(''))).toEqual(['あいう', '（第一条―第三条）']);
    const styled = breakLines([{ text: 'あい' }, { text: 'う', style: { underline: true } }], { width: 10, firstIndent: 0, restIndent: 0, measure });
    expect(styled[0]?.pieces.map((p) => [p.text, p.x, p.style.underline ?? false])).toEqual([['あい', 0, false], ['う', 2, true]]);
  });

  it('gives an empty text one empty line, marked last', () => {
    expect(breakLines([{ text: '' }], { width: 4, firstIndent: 0, restIndent: 0, measure })).toEqual([{ indent: 0, pieces: [], width: 0, last: true }]);
  });
});
