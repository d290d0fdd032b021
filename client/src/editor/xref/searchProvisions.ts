// Finding a provision to cite by what drafters type: a number ("5", "5(2)", "5-2"), a citation in either
// style ("第五条第二項", "第5条", "Article 5, paragraph (2)"), or words of its caption, heading or text.
import type { ProvisionNumber } from '../../../../core/bill';
import { kanjiToArabic } from './kanjiNumbers';

/** A provision that can be cited, with the words to search. */
export interface Citable {
  num: ProvisionNumber;
  /** Its own sentence or title, cross-references resolved (an article: the sentence of a lone paragraph). */
  text: string;
}

/** A search result; lower `rank` is a better match. */
export interface CitableMatch extends Citable {
  rank: number;
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function fromRoman(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const value = romanValues[roman[i] ?? ''] ?? 0;
    const next = romanValues[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Width-folded, lower-cased, without spaces, kanji numerals as digits: the form keys are compared in. */
export function normalizeQuery(text: string): string {
  return kanjiToArabic(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, '');
}

const jaCite = /^第(\d+)条(?:の(\d+))?(?:第(\d+)項)?(?:第(\d+)号)?([ァ-ヶ]*)$/;
const enCite =
  /^(?:article|art\.?)(\d+)(?:-(\d+))?(?:,?paragraph\(?(\d+)\)?)?(?:,?item\(?([ivxlcdm]+|\d+)\)?)?(?:,?\(?([a-z]+)\)?)?$/;
const shortCite = /^(\d+)(?:[-の](\d+))?((?:\([^()]*\)|[ァ-ヶ]+)*)$/;

interface CitePath {
  article: string;
  branch?: string;
  paragraph?: string;
  item?: string;
  subitem?: string;
}

const isRoman = (s: string) => /^[ivxlcdm]+$/.test(s);
const asNumber = (s: string) => (/^\d+$/.test(s) ? s : String(fromRoman(s)));

/** "5-2(2)(iii)(a)": digits in the first group are a paragraph, Roman numerals an item, then a subitem. */
function shortPath(normalized: string): CitePath | null {
  const m = shortCite.exec(normalized);
  if (!m?.[1]) return null;
  const path: CitePath = { article: m[1], branch: m[2] };
  let next: 'paragraph' | 'item' | 'subitem' | 'done' = 'paragraph';
  for (const g of (m[3] ?? '').matchAll(/\(([^()]*)\)|([ァ-ヶ]+)/g)) {
    const part = g[1] ?? g[2] ?? '';
    if (next === 'paragraph' && /^\d+$/.test(part)) [path.paragraph, next] = [part, 'item'];
    else if ((next === 'paragraph' || next === 'item') && (isRoman(part) || /^\d+$/.test(part)))
      [path.item, next] = [asNumber(part), 'subitem'];
    else if (next === 'subitem' && /^([a-z]+|[ァ-ヶ]+)$/.test(part)) [path.subitem, next] = [part, 'done'];
    else return null;
  }
  return path;
}

/**
 * A canonical key for a (normalized) article citation or query, whatever its style: 第5条の2第2項第3号イ,
 * article5-2,paragraph(2),item(iii),(a) and 5-2(2)(iii)(a) all give "5-2p2i3s…" (the subitem letter
 * stays as written, so イ and (a) differ, as the bill's own language decides).
 */
export function shortForm(normalized: string): string | null {
  const m = jaCite.exec(normalized) ?? enCite.exec(normalized);
  const path: CitePath | null = m?.[1]
    ? { article: m[1], branch: m[2], paragraph: m[3], item: m[4] && asNumber(m[4]), subitem: m[5] || undefined }
    : shortPath(normalized);
  if (!path) return null;
  let out = path.article;
  if (path.branch) out += `-${path.branch}`;
  if (path.paragraph) out += `p${path.paragraph}`;
  if (path.item) out += `i${path.item}`;
  if (path.subitem) out += `s${path.subitem}`;
  return out;
}

/** True when `key` starts with `query` and does not go on with a digit (5 finds 5 and 5(2), not 50). */
function prefixOf(query: string, key: string): boolean {
  return key.startsWith(query) && !/\d/.test(key.charAt(query.length));
}

const numbered = new Set(['article', 'paragraph', 'item', 'subitem']);

/** Provisions matching `query`, best first (exact number, number prefix, citation, heading, text), at most `limit`. */
export function searchProvisions(query: string, citables: readonly Citable[], limit = 50): CitableMatch[] {
  const raw = query.trim().toLowerCase();
  if (!raw) return citables.slice(0, limit).map((c) => ({ ...c, rank: 0 }));
  const q = normalizeQuery(query);
  const qShort = shortForm(q);
  const out: CitableMatch[] = [];
  for (const c of citables) {
    const cite = normalizeQuery(c.num.cite);
    const inMain = numbered.has(c.num.type) && !/^(附則|supplementaryprovisions)/.test(cite);
    const short = inMain ? shortForm(cite) : null;
    let rank: number | null = null;
    if (cite === q || (qShort !== null && short === qShort)) rank = 0;
    else if (prefixOf(q, cite) || (qShort !== null && short !== null && prefixOf(qShort, short))) rank = 1;
    else if (cite.includes(q)) rank = 2;
    else if (c.num.heading.toLowerCase().includes(raw)) rank = 3;
    else if (c.text.toLowerCase().includes(raw)) rank = 4;
    if (rank !== null) out.push({ ...c, rank });
  }
  // Stable: equal ranks keep document order.
  return out.sort((a, b) => a.rank - b.rank).slice(0, limit);
}
