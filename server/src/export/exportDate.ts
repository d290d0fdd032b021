// Dates printed on and in the name of exports, in Japan's time zone (the bills are Japanese law).

const zone = 'Asia/Tokyo';

/** 令和8年1月5日 / 5 January 2026. */
export function printedDate(date: Date, lang: 'ja' | 'en'): string {
  return lang === 'ja'
    ? new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: zone, era: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(date)
    : new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** 2026-01-05: the date part of an export's file name. */
export function isoDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
