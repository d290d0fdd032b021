import { styleFor, type BillLang } from '../../../../core/bill';
import type { DiffSpan } from '../../../../core/diff/types';
import type { LineKind, LineSide } from './diffLines';
import { DiffSpans } from './DiffSpans';

/** The brackets a caption is printed in: （定義） / (Definitions). */
function captionAffixes(lang: BillLang): [string, string] {
  const [open = '', close = ''] = styleFor(lang).caption('\u0000').split('\u0000');
  return [open, close];
}

interface PrintedLineProps {
  kind: LineKind;
  lang: BillLang;
  number: string;
  spans: readonly DiffSpan[];
  /** Marks the number as changed (renumbered). */
  numberChanged?: boolean;
}

/** One line as the bill prints it: number, separator, text (a caption in brackets). */
export function PrintedLine({ kind, lang, number, spans, numberChanged = false }: PrintedLineProps) {
  const hasText = spans.some((s) => s.text);
  const [open, close] = kind === 'caption' && hasText ? captionAffixes(lang) : ['', ''];
  return (
    <>
      {number && <span className={`diff-num${numberChanged ? ' diff-num--changed' : ''}`}>{number}</span>}
      {number && hasText && styleFor(lang).sep}
      {open}
      <DiffSpans spans={spans} />
      {close}
    </>
  );
}

/** One side of a diff line as a paragraph of the two-column layouts (side by side, 新旧対照表). */
export function PrintedSide({
  kind,
  lang,
  side,
  numberChanged,
}: {
  kind: LineKind;
  lang: BillLang;
  side: LineSide;
  numberChanged: boolean;
}) {
  return (
    <p className={`diff-text diff-text--${kind}`}>
      <PrintedLine
        kind={kind}
        lang={lang}
        number={side.number}
        spans={side.spans}
        numberChanged={numberChanged}
      />
    </p>
  );
}
