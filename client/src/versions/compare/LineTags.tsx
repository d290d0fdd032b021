import { useI18n } from '../../i18n/useI18n';
import type { DiffLine } from './diffLines';

/** Markers beside a line: renumbered (第二条 → 第三条, not a text change) and moved (from where). */
export function LineTags({ line }: { line: DiffLine }) {
  const { t, lang } = useI18n();
  const { renumbered, movedFrom } = line;
  if (!renumbered && !movedFrom) return null;
  return (
    <span className="diff-tags" lang={lang}>
      {renumbered && (
        <span
          className="diff-tag diff-tag--renumbered"
          data-testid="renumbered"
          data-from={renumbered.from}
          data-to={renumbered.to}
          title={t('compare.renumberedTitle')}
        >
          <span className="diff-tag__label">{t('compare.renumbered')}</span>
          <span className="diff-tag__value">
            {renumbered.from || '—'} → {renumbered.to || '—'}
          </span>
        </span>
      )}
      {movedFrom && (
        <span className="diff-tag diff-tag--moved" data-testid="moved" data-from={movedFrom}>
          {t('compare.movedFrom', { cite: movedFrom })}
        </span>
      )}
    </span>
  );
}
