import { describe, expect, it } from 'vitest';
import {
  articleJSON,
  billJSON,
  billOutline,
  chapterJSON,
  itemJSON,
  paragraphJSON,
  supplJSON,
  type BillJSON,
  type BillLang,
} from '../../../../core/bill';
import { kanjiToArabic, parseKanji } from './kanjiNumbers';
import { normalizeQuery, searchProvisions, shortForm, type Citable } from './searchProvisions';

describe('kanji numerals', () => {
  it('reads statute-style numbers', () => {
    expect([parseKanji('一'), parseKanji('十'), parseKanji('十二'), parseKanji('二十三'), parseKanji('百五')]).toEqual([
      1, 10, 12, 23, 105,
    ]);
    expect(parseKanji('千二百三十四')).toBe(1234);
    expect(kanjiToArabic('第五条の二第十項')).toBe('第5条の2第10項');
  });
});

describe('shortForm', () => {
  it('gives one key for every style of the same citation', () => {
    const key = (s: string) => shortForm(normalizeQuery(s));
    expect(key('第五条')).toBe('5');
    expect(key('5')).toBe('5');
    expect(key('Article 5')).toBe('5');
    expect(key('art. 5')).toBe('5');
    expect(key('第５条')).toBe('5');
    expect(key('第五条第二項')).toBe('5p2');
    expect(key('5(2)')).toBe('5p2');
    expect(key('５（２）')).toBe('5p2');
    expect(key('Article 5, paragraph (2)')).toBe('5p2');
    expect(key('第五条第二項第三号')).toBe('5p2i3');
    expect(key('5(2)(iii)')).toBe('5p2i3');
    expect(key('Article 5, paragraph (2), item (iii)')).toBe('5p2i3');
    expect(key('Article 5, item (iii)')).toBe('5i3');
    expect(key('5(iii)')).toBe('5i3');
    expect(key('第六条の二')).toBe('6-2');
    expect(key('6-2')).toBe('6-2');
    expect(key('Article 6-2')).toBe('6-2');
    expect(key('第五条第二項第三号イ')).toBe('5p2i3sイ');
    expect(key('目的')).toBeNull();
  });
});

function citables(doc: BillJSON, lang: BillLang): Citable[] {
  return billOutline(doc, lang).map((num) => ({ num, text: '' }));
}

function bill(): BillJSON {
  const articles = Array.from({ length: 12 }, (_, i) =>
    articleJSON(i === 0 ? '目的' : i === 4 ? '委員会の承認' : '', [
      paragraphJSON(`第${i + 1}条の本文`),
      paragraphJSON('第二項の本文', [itemJSON('一号'), itemJSON('二号'), itemJSON('三号')]),
    ]),
  );
  return billJSON('法律案', [chapterJSON('総則', articles)], [supplJSON([articleJSON('施行期日', ['公布の日から施行する。'])])]);
}

describe('searchProvisions', () => {
  const ja = citables(bill(), 'ja');
  const en = citables(bill(), 'en');
  const cites = (query: string, list = ja, n = 3) => searchProvisions(query, list).slice(0, n).map((m) => m.num.cite);

  it('finds an article by number in every style, the article first', () => {
    expect(cites('5')).toEqual(['第五条', '第五条第一項', '第五条第二項']);
    expect(cites('第五条')[0]).toBe('第五条');
    expect(cites('Article 5')[0]).toBe('第五条');
    expect(cites('5', en)[0]).toBe('Article 5');
    expect(cites('第五条', en)[0]).toBe('Article 5');
  });

  it('does not take 5 for 50 or 15 ahead of 5', () => {
    const found = searchProvisions('1', ja).map((m) => m.num.cite);
    expect(found[0]).toBe('第一条');
    expect(found.indexOf('第十条')).toBeGreaterThan(found.indexOf('第一条第二項第三号'));
  });

  it('finds paragraphs and items', () => {
    expect(cites('5(2)', ja, 1)).toEqual(['第五条第二項']);
    expect(cites('第五条第二項第三号', ja, 1)).toEqual(['第五条第二項第三号']);
    expect(cites('5(2)(iii)', en, 1)).toEqual(['Article 5, paragraph (2), item (iii)']);
  });

  it('finds by caption and by text', () => {
    expect(cites('委員会', ja, 1)).toEqual(['第五条']);
    expect(cites('承認', en, 1)).toEqual(['Article 5']);
    const withText = ja.map((c) => (c.num.cite === '第三条第一項' ? { ...c, text: '国は、必要な措置を講ずる。' } : c));
    expect(searchProvisions('必要な措置', withText).map((m) => m.num.cite)).toEqual(['第三条第一項']);
  });

  it('ranks supplementary provisions after main ones for bare numbers but finds them by citation', () => {
    const found = cites('1', ja, 50);
    expect(found.indexOf('附則第一条')).toBeGreaterThan(found.indexOf('第一条第二項第三号'));
    expect(cites('附則第一条', ja, 1)).toEqual(['附則第一条']);
  });
});
