// The print model every PDF is composed from: blocks of styled runs with statute indents, broken into
// lines by breakLines and placed on a row grid by the page writer. Nothing here knows about pdfkit.

/** Marks on a span of text (comparisons underline changes and strike deletions). */
export interface RunStyle {
  underline?: boolean;
  strike?: boolean;
  bold?: boolean;
}

export interface Run {
  text: string;
  style?: RunStyle;
  /** Never break inside this run (an article range in the table of contents). */
  nobreak?: boolean;
}

/** One paragraph-like unit as printed: a title, a caption, a provision with its label, a TOC entry. */
export interface PrintBlock {
  runs: Run[];
  /** First-line indent, in body em (full-width characters). */
  indent: number;
  /** Indent of continuation lines, in em (字下げ: 1 for articles and paragraphs, 2 for items …). */
  hang: number;
  /** Added to `hang`: the width of this text (an English label such as "(iii) ", so lines align after it). */
  hangPrefix?: string;
  align?: 'left' | 'center';
  /** Title size instead of body size. */
  title?: boolean;
  bold?: boolean;
  /** Empty rows before the block (dropped at the top of a page). */
  spaceBefore?: number;
  /** Headings and captions: never the last thing on a page. */
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
}

/** A styled piece of one line, `x` from the line's start. */
export interface LinePiece {
  text: string;
  style: RunStyle;
  x: number;
  width: number;
}

/** One printed line: pieces, the indent it starts at, and whether it ends its block (not justified then). */
export interface LaidLine {
  indent: number;
  pieces: LinePiece[];
  width: number;
  last: boolean;
}

/** Width of a text in a style, in points, at the size being laid out. */
export type Measure = (text: string, style: RunStyle) => number;
