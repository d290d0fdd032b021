// Flows print blocks down the pages — one column for drafts, side by side for comparisons: breaks each
// into lines at its indents, keeps headings and captions with what follows, keeps short blocks whole,
// never leaves a single line of a block at a page's foot, and justifies Japanese lines to the full
// measure (as statutes are set) except a block's last.
import { breakLines } from './breakLines';
import type { PageWriter } from './PageWriter';
import type { LaidLine, PrintBlock } from './printModel';

/** A block laid out in a column starting `x` points from the body's left edge. */
export interface Cell {
  block: PrintBlock;
  lines: LaidLine[];
  x: number;
  width: number;
}

/** Cells printed side by side, starting on the same row. */
export interface Row {
  cells: Cell[];
  spaceBefore: number;
  keepWithNext: boolean;
  pageBreakBefore: boolean;
}

/** Lays out one block at the writer's body width (or `width`), indents in em of the body size. */
export function layBlock(pw: PageWriter, block: PrintBlock, width = pw.geometry.width): LaidLine[] {
  const em = pw.geometry.fontSize;
  const measure = pw.measure(block.title === true);
  const prefix = block.hangPrefix ? measure(block.hangPrefix, {}) : 0;
  const runs = block.bold ? block.runs.map((r) => ({ ...r, style: { ...r.style, bold: true } })) : block.runs;
  return breakLines(runs, { width, firstIndent: block.indent * em, restIndent: block.hang * em + prefix, measure });
}

/** A row of blocks in columns (null leaves a column empty). */
export function rowOf(pw: PageWriter, columns: { block: PrintBlock | null; x: number; width: number }[]): Row {
  const cells = columns.flatMap(({ block, x, width }) => (block ? [{ block, lines: layBlock(pw, block, width), x, width }] : []));
  return {
    cells,
    spaceBefore: Math.max(0, ...cells.map((c) => c.block.spaceBefore ?? 0)),
    keepWithNext: cells.some((c) => c.block.keepWithNext === true),
    pageBreakBefore: cells.some((c) => c.block.pageBreakBefore === true),
  };
}

const height = (row: Row | undefined) => Math.max(1, ...(row?.cells ?? []).map((c) => c.lines.length));

/** Rows a row needs before its first line can be printed (plus what it keeps with). */
function rowsToKeep(rows: Row[], i: number, depth = 0): number {
  const cur = rows[i];
  if (!cur) return 0;
  const h = height(cur);
  if (!cur.keepWithNext || depth > 3) return h <= 3 ? h : 2;
  return h + (rows[i + 1]?.spaceBefore ?? 0) + rowsToKeep(rows, i + 1, depth + 1);
}

/** Places rows on pages, starting on the writer's current page (or a new one). */
export function placeRows(pw: PageWriter, rows: Row[], opts: { justify: boolean }): void {
  rows.forEach((row, i) => {
    if (row.pageBreakBefore && pw.remaining() > 0 && pw.row > pw.topRow) pw.newPage();
    if (pw.remaining() > 0 && pw.row > pw.topRow) {
      if (pw.remaining() >= row.spaceBefore + rowsToKeep(rows, i)) pw.row += row.spaceBefore;
      else pw.newPage();
    }
    pw.ensure(rowsToKeep(rows, i));
    for (let k = 0; k < height(row); k++) {
      pw.ensure(1);
      for (const cell of row.cells) {
        const line = cell.lines[k];
        if (!line) continue;
        const { block } = cell;
        const centred = block.align === 'center';
        const x = cell.x + (centred ? (cell.width - line.width) / 2 - line.indent : 0);
        const justifyTo = opts.justify && !centred && !line.last ? cell.width : undefined;
        pw.drawLine(line, x, pw.row, { title: block.title, bold: block.bold, justifyTo });
      }
      pw.numberRow(pw.row);
      pw.row += 1;
    }
  });
}

/** Places blocks in one column across the body. */
export function placeBlocks(pw: PageWriter, blocks: PrintBlock[], opts: { justify: boolean }): void {
  placeRows(pw, blocks.map((block) => rowOf(pw, [{ block, x: 0, width: pw.geometry.width }])), opts);
}
