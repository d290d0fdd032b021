// Texts of 法令標準XML elements as the bill model keeps them: sentences joined, captions without their
// （）, chapter and section titles without their printed number (the bill derives numbers itself).
import { elements, textOf, type XmlElement } from './parseXmlDocument';

/**
 * The text of a …Sentence element: its Sentences joined; definition-style Columns (term, definition)
 * joined with a full-width space, as e-Gov prints them.
 */
export function sentenceText(el: XmlElement | undefined): string {
  if (!el) return '';
  const columns = elements(el, 'Column');
  if (columns.length) return columns.map((c) => elements(c, 'Sentence').map(textOf).join('')).join('　');
  return elements(el, 'Sentence').map(textOf).join('');
}

/** （目的） → 目的, (Purpose) → Purpose. */
export function stripCaption(text: string): string {
  const t = text.trim();
  const m = /^[（(]([\s\S]*)[）)]$/.exec(t);
  return (m ? (m[1] ?? '') : t).trim();
}

const kanjiNum = '[〇一二三四五六七八九十百千万]+';
const jaTitle = (unit: string) => new RegExp(`^第${kanjiNum}${unit}(の${kanjiNum})*[\\s\u3000]*`);
const enTitle = (unit: string) => new RegExp(`^${unit}\\s+[0-9IVXLCDM]+(-[0-9]+)*\\s*`, 'i');

/** 第一章 総則 → { label: 第一章, title: 総則 }; Chapter 1 General Provisions → { Chapter 1, General Provisions }. */
export function splitTitle(text: string, kind: 'chapter' | 'section'): { label: string; title: string } {
  const t = text.trim();
  const m = jaTitle(kind === 'chapter' ? '章' : '節').exec(t) ?? enTitle(kind === 'chapter' ? 'Chapter' : 'Section').exec(t);
  if (!m) return { label: '', title: t };
  return { label: m[0].trim(), title: t.slice(m[0].length).trim() };
}
