import { categories, type Category, type Severity } from '../../../../core/rules';
import { SeverityIcon } from '../../editor/findings/SeverityIcon';
import { useT } from '../../i18n/useT';
import { severityOrder, type FindingCounts } from './groupFindings';

interface FindingsFiltersProps {
  counts: FindingCounts;
  categories: ReadonlySet<Category>;
  severities: ReadonlySet<Severity>;
  onToggleCategory(c: Category): void;
  onToggleSeverity(s: Severity): void;
  onClear(): void;
}

/** Toggle chips: none pressed shows everything; pressed ones narrow the list to themselves. */
export function FindingsFilters(props: FindingsFiltersProps) {
  const t = useT();
  const { counts } = props;
  const filtered = props.categories.size > 0 || props.severities.size > 0;
  return (
    <div className="findings-filters" role="group" aria-label={t('findings.filterLabel')}>
      <div className="findings-filters__row" role="group" aria-label={t('findings.filterCategory')}>
        {categories.map((c) => (
          <button
            key={c}
            type="button"
            className={`filter-chip filter-chip--${c}${counts.byCategory[c] ? '' : ' is-zero'}`}
            aria-pressed={props.categories.has(c)}
            data-testid="filter-category"
            data-category={c}
            onClick={() => props.onToggleCategory(c)}
          >
            <span className="filter-chip__swatch" aria-hidden="true" />
            {t(`category.${c}`)}
            <span className="filter-chip__count">{counts.byCategory[c]}</span>
          </button>
        ))}
      </div>
      <div className="findings-filters__row" role="group" aria-label={t('findings.filterSeverity')}>
        {severityOrder.map((s) => (
          <button
            key={s}
            type="button"
            className={`filter-chip filter-chip--sev filter-chip--${s}${counts.bySeverity[s] ? '' : ' is-zero'}`}
            aria-pressed={props.severities.has(s)}
            data-testid="filter-severity"
            data-severity={s}
            onClick={() => props.onToggleSeverity(s)}
          >
            <SeverityIcon kind={s} size={13} />
            {t(`severity.${s}`)}
            <span className="filter-chip__count">{counts.bySeverity[s]}</span>
          </button>
        ))}
        {filtered && (
          <button type="button" className="link-btn findings-filters__clear" onClick={props.onClear}>
            {t('findings.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
