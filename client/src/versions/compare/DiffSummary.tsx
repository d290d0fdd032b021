import type { StringKey } from '../../i18n/strings';
import { useT } from '../../i18n/useT';
import type { ChangeCounts } from './diffLines';

const items: readonly [keyof ChangeCounts, StringKey][] = [
  ['added', 'compare.countAdded'],
  ['deleted', 'compare.countDeleted'],
  ['moved', 'compare.countMoved'],
  ['modified', 'compare.countModified'],
  ['renumbered', 'compare.countRenumbered'],
];

/** “1 added · 0 deleted · 0 moved · 1 modified · 2 renumbered” (an added article counts once). */
export function DiffSummary({ counts }: { counts: ChangeCounts }) {
  const t = useT();
  return (
    <p
      className="diff-summary"
      data-testid="diff-summary"
      data-added={counts.added}
      data-deleted={counts.deleted}
      data-moved={counts.moved}
      data-modified={counts.modified}
      data-renumbered={counts.renumbered}
      title={t('compare.summaryHint')}
    >
      {items.map(([key, label]) => (
        <span key={key} className={`diff-count diff-count--${key}${counts[key] === 0 ? ' is-zero' : ''}`}>
          {t(label, { count: counts[key] })}
        </span>
      ))}
    </p>
  );
}
