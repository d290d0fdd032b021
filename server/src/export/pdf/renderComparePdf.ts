// The comparison of two versions as a PDF. Table (the Japanese 新旧対照表, A4 landscape): new text left
// under 改正案, old text right under 現行, aligned provision by provision, changed spans underlined.
// Redline (the English default): one column, insertions underlined, deletions struck through.
import type { BillLang } from '../../../../core/bill/types';
import type { BillDiff, DiffRow } from '../../../../core/diff/types';
import { printedDate } from '../exportDate';
import { blockShape } from './draftBlocks';
import { compareRows } from './compareRows';
import { redlineRuns, sideRuns } from './diffRuns';
import { landscapeA4, PageWriter, portraitA4 } from './PageWriter';
import type { PdfFonts } from './PdfFonts';
import { placeBlocks, placeRows, rowOf, type Row } from './placeBlocks';
import type { PrintBlock, Run } from './printModel';
import { startTableFrame } from './tableFrame';

export interface ComparePdfInput {
  diff: BillDiff;
  lang: BillLang;
  title: string;
  /** Labels of the two versions (a version's label, or 最新版 / current). */
  fromLabel: string;
  toLabel: string;
  date: Date;
  view: 'table' | 'redline';
  /** Leave out unchanged provisions (each run of them prints as （略）). */
  changedOnly: boolean;
  lineNumbers: boolean;
  watermark: boolean;
}

const words = {
  ja: { heading: '新旧対照表', redline: '改正案（見え消し）', columns: ['改正案', '現行'] as [string, string], omitted: '（略）', note: { table: '（傍線の部分は改正部分）', redline: '（追加は下線、削除は取消線）' }, sides: (to: string, from: string) => `改正案：${to}\u3000現行：${from}` },
  en: { heading: 'Comparison', redline: 'Redline', columns: ['New text', 'Old text'] as [string, string], omitted: '(omitted)', note: { table: '(changes underlined)', redline: '(insertions underlined, deletions struck through)' }, sides: (to: string, from: string) => `New: ${to}   Old: ${from}` },
};

function block(row: DiffRow, runs: Run[], lang: BillLang): PrintBlock {
  const kind = row.kind === 'article' ? 'caption' : row.kind;
  return { ...blockShape(kind, lang, (row.new ?? row.old)?.label ?? ''), runs, bold: row.kind === 'billTitle' };
}

/** The PDF bytes of a comparison. */
export function renderComparePdf(fonts: PdfFonts, input: ComparePdfInput): Promise<Buffer> {
  const { lang, view } = input;
  const w = words[lang];
  const pw = new PageWriter(fonts, view === 'table' ? landscapeA4 : portraitA4, {
    headerLeft: `${input.title}\u3000${view === 'table' ? w.heading : w.redline}`,
    headerRight: `${w.sides(input.toLabel, input.fromLabel)}\u3000${printedDate(input.date, lang)}`,
    lineNumbers: input.lineNumbers,
    watermark: input.watermark ? (lang === 'ja' ? '案' : 'DRAFT') : null,
    pageLabel: (n, total) => `${n} / ${total}`,
  }, { title: `${input.title} ${w.heading}` });
  const justify = lang === 'ja';
  placeBlocks(pw, [
    { runs: [{ text: `${input.title}\u3000${view === 'table' ? w.heading : w.redline}` }], indent: 0, hang: 0, align: 'center', title: true, bold: true },
    { runs: [{ text: `${w.sides(input.toLabel, input.fromLabel)}\u3000${w.note[view]}` }], indent: 0, hang: 0, align: 'center', spaceBefore: 0 },
  ], { justify: false });
  pw.row += 1;
  const selected = compareRows(input.diff.rows, input.changedOnly, w.omitted);
  const omitted: PrintBlock = { runs: [{ text: w.omitted }], indent: 1, hang: 1 };
  if (view === 'redline') {
    const blocks = selected.flatMap((r) => {
      if (!r) return [omitted];
      const runs = redlineRuns(r, lang);
      return runs ? [block(r, runs, lang)] : [];
    });
    placeBlocks(pw, blocks, { justify });
    return pw.finish();
  }
  const half = pw.geometry.width / 2;
  const pad = 8;
  const column = (b: PrintBlock | null, i: number) => ({ block: b, x: i * half + pad, width: half - 2 * pad });
  startTableFrame(pw, w.columns);
  const rows: Row[] = selected.flatMap((r) => {
    if (!r) return [rowOf(pw, [column(omitted, 0), column(omitted, 1)])];
    const [left, right] = [sideRuns(r, 'new', lang), sideRuns(r, 'old', lang)];
    if (!left && !right) return [];
    return [rowOf(pw, [column(left && block(r, left, lang), 0), column(right && block(r, right, lang), 1)])];
  });
  placeRows(pw, rows, { justify });
  return pw.finish();
}
