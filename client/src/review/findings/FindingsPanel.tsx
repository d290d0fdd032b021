import { useId, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import type { Category, Severity } from '../../../../core/rules';
import { goToProvision } from '../../editor/findings/goToProvision';
import { SeverityIcon } from '../../editor/findings/SeverityIcon';
import { useFindings } from '../../editor/findings/useFindings';
import { useT } from '../../i18n/useT';
import { FindingEntry } from './FindingEntry';
import { FindingsFilters } from './FindingsFilters';
import { FindingsSummary } from './FindingsSummary';
import { FindingsTimings } from './FindingsTimings';
import { groupFindings } from './groupFindings';

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/**
 * The bill's legal-risk findings, live as anyone types: counts, filters, open findings by category and
 * severity (bill-level checks with their related provisions), the waived ones (shown unless hidden), and —
 * on request — the addressed ones.
 */
export function FindingsPanel({ editor, billLang }: { editor: Editor; billLang: BillLang }) {
  const t = useT();
  const id = useId();
  const { listed, cites, card } = useFindings(editor);
  const [cats, setCats] = useState<ReadonlySet<Category>>(new Set());
  const [sevs, setSevs] = useState<ReadonlySet<Severity>>(new Set());
  const [showAddressed, setShowAddressed] = useState(false);
  const [showWaived, setShowWaived] = useState(true);
  const grouped = useMemo(
    () => groupFindings(listed, { categories: cats, severities: sevs, showAddressed, showWaived }),
    [listed, cats, sevs, showAddressed, showWaived],
  );
  const jump = (key: string) => {
    editor.commands.selectFinding(key);
    editor.view.focus();
  };
  const goTo = (pid: string) => goToProvision(editor, pid);
  const entry = (f: (typeof listed)[number]) => (
    <FindingEntry
      key={f.key}
      finding={f}
      cites={cites}
      billLang={billLang}
      current={card?.key === f.key}
      onJump={jump}
      onGoTo={goTo}
    />
  );

  return (
    <section className="findings-panel" data-testid="findings-panel" aria-label={t('findings.tab')}>
      <FindingsSummary counts={grouped.counts} />
      <FindingsTimings editor={editor} />
      {listed.length === 0 ? (
        <div className="findings-empty" data-testid="findings-empty">
          <SeverityIcon kind="addressed" size={28} />
          <p className="findings-empty__title">{t('findings.empty')}</p>
          <p className="findings-empty__hint">{t('findings.emptyHint')}</p>
        </div>
      ) : (
        <>
          <FindingsFilters
            counts={grouped.counts}
            categories={cats}
            severities={sevs}
            onToggleCategory={(c) => setCats((s) => toggled(s, c))}
            onToggleSeverity={(s) => setSevs((v) => toggled(v, s))}
            onClear={() => {
              setCats(new Set());
              setSevs(new Set());
            }}
          />
          {grouped.shownOpen === 0 && (
            <p className="findings-none" data-testid="findings-none">
              {grouped.counts.open ? t('findings.noMatch') : t('findings.noneOpen')}
            </p>
          )}
          {grouped.categories.map((group) => (
            <section
              key={group.category}
              className={`findings-group findings-group--${group.category}`}
              aria-labelledby={`${id}-${group.category}`}
              data-testid="findings-group"
              data-category={group.category}
            >
              <h3 className="findings-group__title" id={`${id}-${group.category}`}>
                <span className="findings-group__swatch" aria-hidden="true" />
                {t(`category.${group.category}`)}
                <span className="findings-group__count">{group.count}</span>
              </h3>
              {group.groups.map(({ severity, findings }) => (
                <ul
                  key={severity}
                  role="list"
                  className={`findings-list findings-list--${severity}`}
                  aria-label={t('findings.listLabel', {
                    group: `${t(`category.${group.category}`)} · ${t(`severity.${severity}`)}`,
                    count: findings.length,
                  })}
                >
                  {findings.map(entry)}
                </ul>
              ))}
            </section>
          ))}
          {grouped.counts.waived > 0 && (
            <label className="checkbox findings-addressed-toggle">
              <input
                type="checkbox"
                checked={showWaived}
                data-testid="findings-show-waived"
                onChange={(e) => setShowWaived(e.target.checked)}
              />
              {t('findings.showWaived', { count: grouped.counts.waived })}
            </label>
          )}
          {grouped.waived.length > 0 && (
            <section
              className="findings-group findings-group--waived"
              aria-labelledby={`${id}-waived`}
              data-testid="findings-waived"
            >
              <h3 className="findings-group__title" id={`${id}-waived`}>
                <SeverityIcon kind="waived" size={14} />
                {t('findings.waivedHeading')}
                <span className="findings-group__count">{grouped.waived.length}</span>
              </h3>
              <ul role="list" className="findings-list" aria-labelledby={`${id}-waived`}>
                {grouped.waived.map(entry)}
              </ul>
            </section>
          )}
          {grouped.counts.addressed > 0 && (
            <label className="checkbox findings-addressed-toggle">
              <input
                type="checkbox"
                checked={showAddressed}
                data-testid="findings-show-addressed"
                onChange={(e) => setShowAddressed(e.target.checked)}
              />
              {t('findings.showAddressed', { count: grouped.counts.addressed })}
            </label>
          )}
          {grouped.addressed.length > 0 && (
            <section className="findings-group findings-group--addressed" aria-labelledby={`${id}-addressed`}>
              <h3 className="findings-group__title" id={`${id}-addressed`}>
                {t('findings.addressedHeading')}
                <span className="findings-group__count">{grouped.addressed.length}</span>
              </h3>
              <ul role="list" className="findings-list" aria-labelledby={`${id}-addressed`}>
                {grouped.addressed.map(entry)}
              </ul>
            </section>
          )}
        </>
      )}
      <p className="findings-panel__keys">{t('findings.keys')}</p>
    </section>
  );
}
