// Greedy line breaking over styled runs with Japanese kinsoku: the text is cut into unbreakable pieces
// (kinsoku.ts) and pieces are packed into lines. Trailing spaces may hang past the margin; a piece wider
// than a whole line (a long URL) is the only thing ever split inside, character by character.
import { canBreakBefore } from './kinsoku';
import type { LaidLine, LinePiece, Measure, Run, RunStyle } from './printModel';

interface Char {
  ch: string;
  style: RunStyle;
  /** Index of the nobreak run the char belongs to, or -1. */
  glue: number;
}

export interface BreakOptions {
  /** Available width of a line at indent 0, in points. */
  width: number;
  firstIndent: number;
  restIndent: number;
  measure: Measure;
}

const isSpace = (ch: string) => ch === ' ' || ch === '\u3000';
const epsilon = 0.01;

function charsOf(runs: Run[]): Char[] {
  return runs.flatMap((r, i) => {
    // One style object per run: pieces are merged by style identity.
    const style = r.style ?? {};
    return Array.from(r.text.replace(/[\r\n\t]+/g, ' '), (ch) => ({ ch, style, glue: r.nobreak ? i : -1 }));
  });
}

/** Splits chars into pieces at every allowed break. */
function piecesOf(chars: Char[]): Char[][] {
  const out: Char[][] = [];
  let cur: Char[] = [];
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    const glued = prev !== undefined && prev.glue >= 0 && prev.glue === c.glue;
    if (prev && cur.length && !glued && canBreakBefore(prev.ch, c.ch)) {
      out.push(cur);
      cur = [];
    }
    cur.push(c);
  });
  if (cur.length) out.push(cur);
  return out;
}

/** Same-style neighbours merged into measured pieces, laid out from x = 0. */
function toLinePieces(chars: Char[], measure: Measure): { pieces: LinePiece[]; width: number } {
  const pieces: LinePiece[] = [];
  let x = 0;
  let i = 0;
  while (i < chars.length) {
    const style = (chars[i] as Char).style;
    let text = '';
    while (i < chars.length && (chars[i] as Char).style === style) text += (chars[i++] as Char).ch;
    const width = measure(text, style);
    pieces.push({ text, style, x, width });
    x += width;
  }
  return { pieces, width: x };
}

function trimEnd(chars: Char[]): Char[] {
  let n = chars.length;
  while (n > 0 && isSpace((chars[n - 1] as Char).ch)) n--;
  return chars.slice(0, n);
}

interface Piece {
  chars: Char[];
  /** Width with trailing spaces, and without (what must fit at the end of a line). */
  width: number;
  inkWidth: number;
}

/** Breaks runs into lines no wider than `width - indent`; an empty text gives one empty line. */
export function breakLines(runs: Run[], opts: BreakOptions): LaidLine[] {
  const { measure } = opts;
  const pieces: Piece[] = piecesOf(charsOf(runs)).map((chars) => ({
    chars,
    width: toLinePieces(chars, measure).width,
    inkWidth: toLinePieces(trimEnd(chars), measure).width,
  }));
  const lines: Char[][] = [];
  let line: Char[] = [];
  let used = 0;
  const avail = () => opts.width - (lines.length ? opts.restIndent : opts.firstIndent) + epsilon;
  const flush = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (const piece of pieces) {
    if (line.length && used + piece.inkWidth > avail()) flush();
    if (used + piece.inkWidth <= avail()) {
      line.push(...piece.chars);
      used += piece.width;
      continue;
    }
    for (const c of piece.chars) {
      const w = measure(c.ch, c.style);
      if (line.length && used + (isSpace(c.ch) ? 0 : w) > avail()) flush();
      line.push(c);
      used += w;
    }
  }
  if (line.length || !lines.length) flush();
  return lines.map((chars, i) => ({
    indent: i === 0 ? opts.firstIndent : opts.restIndent,
    ...toLinePieces(trimEnd(chars), measure),
    last: i === lines.length - 1,
  }));
}
