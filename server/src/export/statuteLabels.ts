// Fixed texts printed around a bill's provisions, per bill language: 目次, 附則 and article ranges.
// Shared by the PDF and the 法令標準XML export so both print the same words.
import type { BillLang } from '../../../core/bill/types';

export const tocLabel = (lang: BillLang) => (lang === 'ja' ? '目次' : 'Table of Contents');

/** 附則 as e-Gov prints it (附 則) / Supplementary Provisions. */
export const supplLabel = (lang: BillLang) => (lang === 'ja' ? '附　則' : 'Supplementary Provisions');

/** （第一条―第三条） / (Articles 1 to 3); a single article: （第一条） / (Article 1). */
export function articleRange(first: string, last: string, lang: BillLang): string {
  if (lang === 'ja') return first === last ? `（${first}）` : `（${first}―${last}）`;
  return first === last ? `(${first})` : `(${first.replace(/^Article/, 'Articles')} to ${last.replace(/^Article /, '')})`;
}
