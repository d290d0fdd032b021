// The compare view's model: the diff's rows (core/diff) as printed lines, one per line of the bill, as the
// three layouts show them. An article without a caption prints no line of its own: its number sits on its
// first paragraph's line, so that line carries the article's renumbering, move, addition or deletion.
import { styleFor, type BillLang } from '../../../../core/bill';
import type { DiffRow, DiffRowKind, DiffSide, DiffSpan, DiffStatus } from '../../../../core/diff/types';

/** One side of a printed line. */
export interface LineSide {
  /** The printed number before the text (第二条, ２, 一, Article 2 …; the article's on its first paragraph); may be ''. */
  number: string;
  /** The text as runs: old sides hold equal/delete, new sides equal/insert. */
  spans: DiffSpan[];
  /** Full citation (第二条第一項), for the outline and markers. */
  cite: string;
}

/** A line's kind: the provision type, the bill title, or an article caption. */
export type LineKind = Exclude<DiffRowKind, 'article'> | 'caption';

/** One printed line of the comparison. */
export interface DiffLine {
  /** Unique: the key of the row that prints the line. */
  key: string;
  pid: string | null;
  kind: LineKind;
  depth: number;
  status: DiffStatus;
  textChanged: boolean;
  /** The printed number changed (an article's or the line's own); not a text change. */
  renumbered: { from: string; to: string } | null;
  /** For a moved provision: where it was (its old citation). */
  movedFrom: string | null;
  /** Null: the line does not exist (or prints nothing) on that side. */
  old: LineSide | null;
  new: LineSide | null;
  /** Old and new interleaved, for the inline redline. */
  redline: DiffSpan[];
  /** A stop for next/previous change: an added or deleted provision (at its first line), a text change, a move. */
  stop: boolean;
}

/** Row counts as a drafter reads them: an added or deleted provision counts once, with all it contains. */
export interface ChangeCounts {
  added: number;
  deleted: number;
  moved: number;
  modified: number;
  renumbered: number;
}

/** Keys of the added and deleted rows whose parent was not added or deleted with them. */
export function rootChanges(rows: readonly DiffRow[]): Set<string> {
  const roots = new Set<string>();
  const stack: DiffRow[] = [];
  for (const row of rows) {
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? -1) >= row.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if ((row.status === 'added' || row.status === 'deleted') && parent?.status !== row.status)
      roots.add(row.key);
    stack.push(row);
  }
  return roots;
}

/** Added, deleted, moved, modified and renumbered provisions. */
export function countChanges(rows: readonly DiffRow[]): ChangeCounts {
  const roots = rootChanges(rows);
  const counts: ChangeCounts = { added: 0, deleted: 0, moved: 0, modified: 0, renumbered: 0 };
  for (const row of rows) {
    if (row.status === 'added' && roots.has(row.key)) counts.added += 1;
    else if (row.status === 'deleted' && roots.has(row.key)) counts.deleted += 1;
    else if (row.status === 'moved') counts.moved += 1;
    if (row.textChanged) counts.modified += 1;
    if (row.renumbered) counts.renumbered += 1;
  }
  return counts;
}

/** True when nothing at all differs. */
export function isEmptyChange(counts: ChangeCounts): boolean {
  return Object.values(counts).every((n) => n === 0);
}

/** The printed number in front of a side's text, read off its printed line. */
function numberOf(side: DiffSide, sep: string): string {
  if (side.line === null) return '';
  if (!side.text) return side.line;
  if (!side.line.endsWith(side.text)) return '';
  const head = side.line.slice(0, side.line.length - side.text.length);
  return head.endsWith(sep) ? head.slice(0, head.length - sep.length) : head;
}

function lineSide(side: DiffSide | null, caption: boolean, sep: string): LineSide | null {
  if (!side || side.line === null) return null;
  return { number: caption ? '' : numberOf(side, sep), spans: side.spans, cite: side.cite };
}

const renumbering = (row: DiffRow) =>
  row.renumbered && row.old && row.new ? { from: row.old.label, to: row.new.label } : null;

/** The comparison as printed lines, in the rows' order (the newer version's, deletions where they were). */
export function diffLines(rows: readonly DiffRow[], lang: BillLang): DiffLine[] {
  const { sep } = styleFor(lang);
  const roots = rootChanges(rows);
  const lines: DiffLine[] = [];
  // An article without a caption, waiting for the line that prints its number.
  let pending: DiffRow | null = null;

  for (const row of rows) {
    const caption = row.kind === 'article';
    const old = lineSide(row.old, caption, sep);
    const now = lineSide(row.new, caption, sep);
    if (caption && !old && !now) {
      pending = row;
      continue;
    }
    const line: DiffLine = {
      key: row.key,
      pid: row.pid,
      kind: row.kind === 'article' ? 'caption' : row.kind,
      depth: row.depth,
      status: row.status,
      textChanged: row.textChanged,
      renumbered: renumbering(row),
      movedFrom: row.status === 'moved' ? (row.old?.cite ?? null) : null,
      old,
      new: now,
      redline: row.redline,
      stop: roots.has(row.key) || row.textChanged || row.status === 'moved',
    };
    if (caption) pending = null;
    else if (
      pending &&
      row.kind === 'paragraph' &&
      (pending.status === 'deleted') === (row.status === 'deleted')
    ) {
      const article: DiffRow = pending;
      pending = null;
      if (article.status !== 'unchanged' && article.status !== 'modified') line.status = article.status;
      line.renumbered = renumbering(article) ?? line.renumbered;
      if (article.status === 'moved') line.movedFrom = article.old?.cite ?? null;
      line.stop = line.stop || roots.has(article.key) || article.status === 'moved';
    }
    lines.push(line);
  }
  return lines;
}

/** True for a line with nothing to show but its text (no change, no renumbering). */
export function isQuiet(line: DiffLine): boolean {
  return line.status === 'unchanged' && !line.textChanged && !line.renumbered;
}
