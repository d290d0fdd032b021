// Japanese line-breaking rules (禁則処理, after JIS X 4051): where a line may break in mixed Japanese and
// Latin text. Closing brackets, 。、 small kana and the like never begin a line; opening brackets never
// end one; ……, ――, digit runs and Latin words are never split. The line breaker asks only `canBreakBefore`.

/** Characters that must not begin a line (行頭禁則). */
export const noLineStart = new Set(
  Array.from(
    '、。，．・：；？！゛゜ヽヾゝゞ々〻ー－‐゠–〜～' +
      '’”）〕］｝〉》」』】〙〗〟｠»' +
      'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ' +
      ',.:;?!)]}%‰℃°′″',
  ),
);

/** Characters that must not end a line (行末禁則). */
export const noLineEnd = new Set(Array.from('‘“（〔［｛〈《「『【〘〖〝｟«([{'));

/** Characters that come in unbreakable runs (…… and ――). */
const inseparable = new Set(Array.from('…‥―'));

const isSpace = (ch: string) => ch === ' ' || ch === '\u3000' || ch === '\t';
/** Latin letters, digits and ASCII punctuation: a run of them is a word, broken only at spaces. */
const isLatin = (ch: string) => /^[\u0021-\u007E\u00A1-\u024F\u2018-\u201F]$/u.test(ch);
const isFullWidthDigit = (ch: string) => ch >= '０' && ch <= '９';

/** True when a line may break between `a` and `b` (two adjacent characters). */
export function canBreakBefore(a: string, b: string): boolean {
  if (isSpace(b)) return false; // spaces stay at the end of the line they follow
  if (noLineStart.has(b) || noLineEnd.has(a)) return false;
  if (a === b && inseparable.has(a)) return false;
  if (isFullWidthDigit(a) && isFullWidthDigit(b)) return false;
  if (isSpace(a)) return true;
  return !(isLatin(a) && isLatin(b));
}

/** Splits text into unbreakable pieces: a line may break between two pieces, never inside one. */
export function breakPieces(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (cur && canBreakBefore(chars[i - 1] as string, ch)) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
