import type { DiffSpan } from '../../../../core/diff/types';
import { useT } from '../../i18n/useT';

/**
 * Runs of text with insertions in <ins> and deletions in <del> (underlined / struck through by the
 * layout's CSS; the 新旧対照表 underlines both). Screen readers hear where each change starts from
 * generated content (`data-sr`), which copying the text leaves out.
 */
export function DiffSpans({ spans }: { spans: readonly DiffSpan[] }) {
  const t = useT();
  return (
    <>
      {spans.map((span, i) => {
        if (span.op === 'insert')
          return (
            <ins key={i} className="diff-ins" data-sr={t('compare.srInserted')}>
              {span.text}
            </ins>
          );
        if (span.op === 'delete')
          return (
            <del key={i} className="diff-del" data-sr={t('compare.srDeleted')}>
              {span.text}
            </del>
          );
        return <span key={i}>{span.text}</span>;
      })}
    </>
  );
}
