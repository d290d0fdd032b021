// Normalisation for matching, with a map back to the original text so findings point at what the
// drafter typed. NFKC folds full-width/half-width forms (ＩＰ→ip, ｱｸｾｽ→アクセス); case is folded;
// whitespace next to Japanese is dropped (Japanese matching must not depend on spaces); 中黒 goes
// (アクセス・無害化 = アクセス無害化); a hyphen between Latin letters becomes a space; a few 旧字 map to 新字.
// One pass with cheap paths for the common characters: it runs on every provision (see rulesBench).
import { oldKanjiForms as oldForms } from './oldKanjiForms';

/** Normalised text; `starts`/`ends` give each unit's original range, or are null when unit i is original i. */
export interface NormalizedText {
  text: string;
  starts: number[] | null;
  ends: number[] | null;
}

/** Code units NFKC leaves alone (most Japanese text): no need to call normalize(). */
const isStable = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x3041 && c <= 0x3096) ||
  (c >= 0x30a1 && c <= 0x30fa) ||
  c === 0x30fc ||
  (c >= 0x3001 && c <= 0x3002) ||
  (c >= 0x300c && c <= 0x300f);
const isCombining = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x3099 && c <= 0x309a) ||
  (c >= 0xff9e && c <= 0xff9f) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);
const isSpace = (s: string) =>
  s === ' ' ||
  s === '\t' ||
  s === '\n' ||
  s === '\r' ||
  s === '\f' ||
  s === '\v' ||
  (s.charCodeAt(0) > 0x7f && /^\s+$/u.test(s));
const isDash = (s: string) => s === '-' || (s >= '\u2010' && s <= '\u2015') || s === '\u2212';
const isLatin = (c: string | undefined) => !!c && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
/** Anything beyond ASCII counts as "wide" (Japanese); spaces next to it carry no meaning. */
const isWide = (c: string | undefined) => !!c && c.charCodeAt(0) > 0x7f;

/** The folded form of original[i, end): NFKC, lower case, 新字. */
function foldChunk(original: string, i: number, end: number): string {
  const c = original.charCodeAt(i);
  if (end === i + 1) {
    if (c < 0x80) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : (original[i] ?? '');
    if (c >= 0xff01 && c <= 0xff5e) {
      const a = c - 0xfee0;
      return String.fromCharCode(a >= 65 && a <= 90 ? a + 32 : a);
    }
    if (isStable(c)) return oldForms.get(original[i] ?? '') ?? original[i] ?? '';
  }
  let s = original.slice(i, end).normalize('NFKC').toLowerCase();
  if (s.length === 1) s = oldForms.get(s) ?? s;
  else s = [...s].map((ch) => oldForms.get(ch) ?? ch).join('');
  return s;
}

/** Accumulates the normalised text and, once offsets diverge from the original, the offset map. */
class Output {
  text = '';
  starts: number[] | null = null;
  ends: number[] | null = null;

  emit(s: string, from: number, to: number): void {
    if (!this.starts && (s.length !== to - from || from !== this.text.length)) {
      this.starts = [];
      this.ends = [];
      for (let k = 0; k < this.text.length; k++) {
        this.starts.push(k);
        this.ends.push(k + 1);
      }
    }
    if (this.starts && this.ends) {
      for (let k = 0; k < s.length; k++) {
        this.starts.push(from);
        this.ends.push(to);
      }
    }
    this.text += s;
  }

  last(): string | undefined {
    return this.text[this.text.length - 1];
  }
}

/** Normalises `original` for matching (see the file comment). */
export function normalizeText(original: string): NormalizedText {
  const out = new Output();
  let spaceAt = -1;
  let dashAt = -1;
  for (let i = 0; i < original.length;) {
    let end = i + 1;
    const c = original.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && end < original.length) end++;
    while (end < original.length && isCombining(original.charCodeAt(end))) end++;
    const s = foldChunk(original, i, end);
    const from = i;
    i = end;
    if (!s) continue;
    if (isSpace(s)) {
      if (spaceAt < 0) spaceAt = from;
      continue;
    }
    const first = s[0];
    if (dashAt >= 0) {
      out.emit(
        first !== undefined && first >= 'a' && first <= 'z' && spaceAt < 0 ? ' ' : '-',
        dashAt,
        dashAt + 1,
      );
      dashAt = -1;
    }
    if (spaceAt >= 0) {
      const prev = out.last();
      if (prev !== undefined && prev !== ' ' && !isWide(prev) && !isWide(first))
        out.emit(' ', spaceAt, spaceAt + 1);
      spaceAt = -1;
    }
    if (s === '・') continue;
    if (isDash(s)) {
      if (isLatin(out.last())) dashAt = from;
      else out.emit('-', from, end);
      continue;
    }
    out.emit(s, from, end);
  }
  if (dashAt >= 0) out.emit('-', dashAt, dashAt + 1);
  return { text: out.text, starts: out.starts, ends: out.ends };
}

/** The original range of the normalised range [start, end). */
export function originalRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (!n.starts || !n.ends) return { start, end };
  return { start: n.starts[start] ?? 0, end: n.ends[Math.max(start, end - 1)] ?? 0 };
}
