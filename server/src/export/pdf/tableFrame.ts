// The ruled frame of a two-column comparison: a header row (改正案 | 現行) repeated at the top of every
// page the table runs over, the outer box and the centre rule, drawn when each page is complete.
import { breakLines } from './breakLines';
import type { PageWriter } from './PageWriter';

/** Starts the table on the writer's current row; continuation pages get the header again. */
export function startTableFrame(pw: PageWriter, headers: [string, string]): void {
  const { doc, geometry: g } = pw;
  const half = g.width / 2;
  let top = 0;
  const y = (row: number) => g.top + row * g.rowHeight;

  const drawHeader = () => {
    top = pw.row;
    headers.forEach((text, i) => {
      const [line] = breakLines([{ text, style: { bold: true } }], { width: half, firstIndent: 0, restIndent: 0, measure: pw.measure() });
      if (line) pw.drawLine(line, i * half + (half - line.width) / 2, pw.row, { bold: true });
    });
    doc.moveTo(g.left, y(top + 1)).lineTo(g.left + g.width, y(top + 1)).lineWidth(0.6).strokeColor('black').stroke();
    pw.row += 1;
  };
  const drawFrame = () => {
    const bottom = y(Math.max(pw.row, top + 1));
    doc.lineWidth(0.8).strokeColor('black').rect(g.left, y(top), g.width, bottom - y(top)).stroke();
    doc.lineWidth(0.6).moveTo(g.left + half, y(top)).lineTo(g.left + half, bottom).stroke();
  };

  pw.ensure(3);
  drawHeader();
  pw.topRow = pw.row;
  pw.onPageStart = drawHeader;
  pw.onPageEnd = drawFrame;
}
