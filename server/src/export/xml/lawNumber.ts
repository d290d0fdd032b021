// The Law element's identity for a bill that has no law number yet.
import { toKanji } from '../../../../core/bill/numerals';
import type { BillLang } from '../../../../core/bill/types';

/** Reiwa year of a date in Japan (令和元年 = 2019). */
export function reiwaYear(now: Date): number {
  const year = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric' }).format(now));
  return Math.max(1, year - 2018);
}

/**
 * Law attributes. A bill has no law number until it is promulgated, but the schema requires Era, Year and
 * Num: Era/Year are the current Reiwa year and Num is the placeholder 1 (LawNum shows the number blank).
 */
export function lawAttributes(lang: BillLang, now: Date) {
  return { Era: 'Reiwa', Year: reiwaYear(now), Num: 1, LawType: 'Act', Lang: lang };
}

/** The LawNum text of a bill: 令和七年法律第  号 / Act No. [ ] of 2025. */
export function lawNumText(lang: BillLang, now: Date): string {
  const year = reiwaYear(now);
  return lang === 'ja' ? `令和${year === 1 ? '元' : toKanji(year)}年法律第\u3000\u3000号` : `Act No. [ ] of ${year + 2018}`;
}
