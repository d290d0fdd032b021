// Numeral systems used in statutes. Pure functions, table-tested in numerals.test.ts.

const kanjiDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const kanjiUnits: [number, string][] = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
];

/** Kanji numerals in statute style: 1 → 一, 10 → 十, 21 → 二十一, 105 → 百五, 1234 → 千二百三十四. */
export function toKanji(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`toKanji: ${n} is not a positive integer`);
  if (n >= 10000) {
    const man = Math.floor(n / 10000);
    const rest = n % 10000;
    return `${toKanji(man)}万${rest ? toKanji(rest) : ''}`;
  }
  let out = '';
  let rest = n;
  for (const [value, unit] of kanjiUnits) {
    const d = Math.floor(rest / value);
    if (d > 0) out += (d === 1 ? '' : kanjiDigits[d]) + unit;
    rest %= value;
  }
  return out + (kanjiDigits[rest] ?? '');
}

/** Full-width Arabic digits as used for paragraph numbers: 2 → ２, 12 → １２. */
export function toFullWidthDigits(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

const iroha = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';

/** Subitem letters in iroha order: 1 → イ, 2 → ロ; past ス (47) they double: イイ, イロ … */
export function toIroha(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`toIroha: ${n} is not a positive integer`);
  const len = iroha.length;
  if (n <= len) return iroha[n - 1] ?? '';
  return toIroha(Math.floor((n - 1) / len)) + (iroha[(n - 1) % len] ?? '');
}

const romanTable: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Lower-case Roman numerals for English item numbers: 4 → iv, 14 → xiv. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`toRoman: ${n} is not a positive integer`);
  let out = '';
  let rest = n;
  for (const [value, sym] of romanTable) {
    while (rest >= value) {
      out += sym;
      rest -= value;
    }
  }
  return out;
}

/** Latin letters for English subitems: 1 → a, 26 → z, 27 → aa. */
export function toLatin(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`toLatin: ${n} is not a positive integer`);
  let out = '';
  let rest = n;
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}
