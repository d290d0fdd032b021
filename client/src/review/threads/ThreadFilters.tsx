import type { ThreadView } from '../../../../core/review';
import { useT } from '../../i18n/useT';
import { initialFilter, tabCounts, threadTabs, type ThreadFilter } from './filterThreads';

interface ThreadFiltersProps {
  views: readonly ThreadView[];
  filter: ThreadFilter;
  onChange(filter: ThreadFilter): void;
  /** Citation of a provision (null when it is gone). */
  citeOf(pid: string): string | null;
  /** Provision pids in reading order (for the provision filter). */
  pids: readonly string[];
}

/** Tabs by status (open, resolved, orphaned, all) and filters by provision, author and “mentions me”. */
export function ThreadFilters({ views, filter, onChange, citeOf, pids }: ThreadFiltersProps) {
  const t = useT();
  const counts = tabCounts(views);
  const authors = new Map<string, string>();
  for (const v of views) for (const c of v.comments) authors.set(c.author.id, c.author.displayName);
  const narrowed = filter.pid !== null || filter.author !== null || filter.mentionsMe;
  return (
    <div className="thread-filters">
      <div className="segmented thread-tabs" role="group" aria-label={t('threads.tabsLabel')}>
        {threadTabs.map((tab) => (
          <button
            key={tab}
            type="button"
            className="segmented__option"
            aria-pressed={filter.tab === tab}
            data-testid="threads-tab"
            data-tab={tab}
            onClick={() => onChange({ ...filter, tab })}
          >
            {t(`threads.tab.${tab}`)}
            <span className="thread-tabs__count">{counts[tab]}</span>
          </button>
        ))}
      </div>
      <div className="thread-filters__row">
        <select
          className="input select--compact"
          aria-label={t('threads.filterProvision')}
          data-testid="threads-filter-provision"
          value={filter.pid ?? ''}
          onChange={(e) => onChange({ ...filter, pid: e.target.value || null })}
        >
          <option value="">{t('threads.filterAllProvisions')}</option>
          {pids.map((pid) => (
            <option key={pid} value={pid}>
              {citeOf(pid) ?? t('threads.provisionGone')}
            </option>
          ))}
        </select>
        <select
          className="input select--compact"
          aria-label={t('threads.filterAuthor')}
          data-testid="threads-filter-author"
          value={filter.author ?? ''}
          onChange={(e) => onChange({ ...filter, author: e.target.value || null })}
        >
          <option value="">{t('threads.filterAllAuthors')}</option>
          {[...authors].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="thread-filters__row">
        <label className="checkbox thread-filters__mentions">
          <input
            type="checkbox"
            checked={filter.mentionsMe}
            data-testid="threads-filter-mentions"
            onChange={(e) => onChange({ ...filter, mentionsMe: e.target.checked })}
          />
          {t('threads.filterMentionsMe')}
        </label>
        {narrowed && (
          <button type="button" className="link-btn" onClick={() => onChange({ ...initialFilter, tab: filter.tab })}>
            {t('threads.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
