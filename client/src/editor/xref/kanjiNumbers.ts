// Kanji numerals back to numbers, for searching by citation (第十二条 ↔ 12).
const digits: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a run of statute-style kanji numerals (十二 → 12, 百五 → 105, 二万三 → 20003). */
export function parseKanji(run: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of run) {
    const d = digits[ch];
    const u = units[ch];
    if (d !== undefined) digit = digit * 10 + d;
    else if (u !== undefined) {
      section += (digit || 1) * u;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit || 1) * 10000;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Every run of kanji numerals in `text` replaced by Arabic digits. */
export function kanjiToArabic(text: string): string {
  return text.replace(/[〇一二三四五六七八九十百千万]+/g, (run) => String(parseKanji(run)));
}
