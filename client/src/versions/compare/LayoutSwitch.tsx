import type { StringKey } from '../../i18n/strings';
import { useT } from '../../i18n/useT';
import { layouts, type CompareLayout } from './compareQuery';

const labels: Record<CompareLayout, [StringKey, StringKey]> = {
  redline: ['compare.layoutRedline', 'compare.layoutRedlineHint'],
  'side-by-side': ['compare.layoutSideBySide', 'compare.layoutSideBySideHint'],
  shinkyu: ['compare.layoutShinkyu', 'compare.layoutShinkyuHint'],
};

/** Redline | side by side | 新旧対照表. */
export function LayoutSwitch({
  layout,
  onChange,
}: {
  layout: CompareLayout;
  onChange(layout: CompareLayout): void;
}) {
  const t = useT();
  return (
    <div className="segmented compare-layouts" role="group" aria-label={t('compare.layoutLabel')}>
      {layouts.map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__option"
          aria-pressed={option === layout}
          data-testid={`layout-${option}`}
          title={t(labels[option][1])}
          onClick={() => onChange(option)}
        >
          {t(labels[option][0])}
        </button>
      ))}
    </div>
  );
}
