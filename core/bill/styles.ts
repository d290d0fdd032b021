// Numbering and citation styles per bill language (DESIGN.md §3).
import type { BillLang } from './types';
import { toFullWidthDigits, toIroha, toKanji, toLatin, toRoman } from './numerals';

/** How one language prints numbers, captions and citations. */
export interface NumberingStyle {
  /** Separator between a label and the text that follows it. */
  sep: string;
  /** Joins a parent citation to a child one: '' (第二章第一節) or ', ' (Chapter 2, Section 1). */
  citeJoin: string;
  chapter(n: number): string;
  section(n: number): string;
  article(n: number, branch: number): string;
  /** `total` is the number of paragraphs in the article; `explicitFirst` numbers a first paragraph (附則). */
  paragraph(n: number, total: number, explicitFirst: boolean): string;
  item(n: number): string;
  subitem(n: number): string;
  supplProvision: string;
  caption(text: string): string;
  paragraphCite(parent: string, n: number, total: number): string;
  itemCite(parent: string, n: number): string;
  subitemCite(parent: string, n: number): string;
  brokenRef: string;
}

const ja: NumberingStyle = {
  sep: '　',
  citeJoin: '',
  chapter: (n) => `第${toKanji(n)}章`,
  section: (n) => `第${toKanji(n)}節`,
  article: (n, branch) => `第${toKanji(n)}条${branch > 1 ? `の${toKanji(branch)}` : ''}`,
  paragraph: (n, total, explicitFirst) => (n === 1 && !(explicitFirst && total > 1) ? '' : toFullWidthDigits(n)),
  item: (n) => toKanji(n),
  subitem: (n) => toIroha(n),
  supplProvision: '附則',
  caption: (text) => `（${text}）`,
  paragraphCite: (parent, n, total) => (total > 1 ? `${parent}第${toKanji(n)}項` : parent),
  itemCite: (parent, n) => `${parent}第${toKanji(n)}号`,
  subitemCite: (parent, n) => `${parent}${toIroha(n)}`,
  brokenRef: '〔参照先なし〕',
};

const en: NumberingStyle = {
  sep: ' ',
  citeJoin: ', ',
  chapter: (n) => `Chapter ${n}`,
  section: (n) => `Section ${n}`,
  article: (n, branch) => `Article ${n}${branch > 1 ? `-${branch}` : ''}`,
  paragraph: (n, total) => (total > 1 ? `(${n})` : ''),
  item: (n) => `(${toRoman(n)})`,
  subitem: (n) => `(${toLatin(n)})`,
  supplProvision: 'Supplementary Provisions',
  caption: (text) => `(${text})`,
  paragraphCite: (parent, n, total) => (total > 1 ? `${parent}, paragraph (${n})` : parent),
  itemCite: (parent, n) => `${parent}, item (${toRoman(n)})`,
  subitemCite: (parent, n) => `${parent}, (${toLatin(n)})`,
  brokenRef: '[missing reference]',
};

/** The numbering style of a bill language. */
export function styleFor(lang: BillLang): NumberingStyle {
  return lang === 'ja' ? ja : en;
}
