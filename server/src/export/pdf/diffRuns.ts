// A diff row's printed line as styled runs. 新旧対照表: each side on its own, its changed spans (and a
// changed number) underlined (傍線). Redline: one line, insertions underlined, deletions struck through.
import type { BillLang } from '../../../../core/bill/types';
import { diffTokens } from '../../../../core/diff/diffTokens';
import type { DiffRow, DiffSide, DiffSpan } from '../../../../core/diff/types';
import { wordSplitter } from '../../../../core/diff/wordSplitter';
import type { Run, RunStyle } from './printModel';

const underline: RunStyle = { underline: true };
const strike: RunStyle = { strike: true };

/** The printed line around the provision's text: "第三条 " + text + "", "（" + caption + "）". */
function frame(side: DiffSide): { prefix: string; suffix: string } | null {
  const line = side.line ?? '';
  if (!side.text) return { prefix: line, suffix: '' };
  const at = line.lastIndexOf(side.text);
  return at < 0 ? null : { prefix: line.slice(0, at), suffix: line.slice(at + side.text.length) };
}

const printed = (side: DiffSide | null): side is DiffSide => side !== null && side.line !== null;
const plain = (text: string, style?: RunStyle): Run[] => (text ? [{ text, style }] : []);
const spanRuns = (spans: DiffSpan[], styleOf: (op: DiffSpan['op']) => RunStyle | undefined): Run[] =>
  spans.flatMap((s) => plain(s.text, styleOf(s.op)));

interface RowSpans {
  old: DiffSpan[];
  new: DiffSpan[];
  redline: DiffSpan[];
}

const equalText = (spans: DiffSpan[]) => spans.filter((s) => s.op === 'equal').map((s) => s.text).join('');

/**
 * The row's spans as printed. The engine compares a cross-reference by its target, so one whose target
 * was renumbered is "equal" though it now prints 第六条 for 第五条; a comparison on paper must mark it,
 * so such rows are compared again on their printed words.
 */
function printedSpans(row: DiffRow, lang: BillLang): RowSpans {
  const { old, new: cur } = row;
  if (!old || !cur || equalText(old.spans) === equalText(cur.spans)) return { old: old?.spans ?? [], new: cur?.spans ?? [], redline: row.redline };
  const token = (text: string) => [{ key: text, text }];
  const d = diffTokens(token(old.text), token(cur.text), wordSplitter(lang));
  return { old: d.old, new: d.new, redline: d.redline };
}

/** One side of a 新旧対照表 row (null when that side prints nothing). */
export function sideRuns(row: DiffRow, which: 'old' | 'new', lang: BillLang): Run[] | null {
  const side = row[which];
  const other = row[which === 'old' ? 'new' : 'old'];
  if (!printed(side)) return null;
  const f = frame(side);
  if (!printed(other) || !f) return plain(side.line ?? '', printed(other) ? undefined : underline);
  const otherFrame = frame(other);
  const numberChanged = otherFrame !== null && otherFrame.prefix !== f.prefix;
  return [
    ...plain(f.prefix, numberChanged ? underline : undefined),
    ...spanRuns(printedSpans(row, lang)[which], (op) => (op === 'equal' ? undefined : underline)),
    ...plain(f.suffix),
  ];
}

/** The redline of a row: one line with insertions underlined and deletions struck (null: prints nothing). */
export function redlineRuns(row: DiffRow, lang: BillLang): Run[] | null {
  const { old, new: cur } = row;
  if (!printed(old) && !printed(cur)) return null;
  if (!printed(old)) return plain(cur?.line ?? '', underline);
  if (!printed(cur)) return plain(old.line ?? '', strike);
  const [fo, fn] = [frame(old), frame(cur)];
  if (!fo || !fn) return [...plain(old.line ?? '', strike), ...plain(cur.line ?? '', underline)];
  const prefix = fo.prefix === fn.prefix ? plain(fn.prefix) : [...plain(fo.prefix, strike), ...plain(fn.prefix, underline)];
  return [...prefix, ...spanRuns(printedSpans(row, lang).redline, (op) => (op === 'insert' ? underline : op === 'delete' ? strike : undefined)), ...plain(fn.suffix)];
}
