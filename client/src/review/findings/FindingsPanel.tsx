import { useId, useMemo, useState, type ReactNode } from 'react';
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
          <SideSection
            kind="waived"
            total={grouped.counts.waived}
            shown={showWaived}
            onShown={setShowWaived}
            toggleLabel={t('findings.showWaived', { count: grouped.counts.waived })}
            heading={
              <>
                <SeverityIcon kind="waived" size={14} />
                {t('findings.waivedHeading')}
              </>
            }
            headingId={`${id}-waived`}
            testId="findings-waived"
          >
            {grouped.waived.map(entry)}
          </SideSection>
          <SideSection
            kind="addressed"
            total={grouped.counts.addressed}
            shown={showAddressed}
            onShown={setShowAddressed}
            toggleLabel={t('findings.showAddressed', { count: grouped.counts.addressed })}
            heading={t('findings.addressedHeading')}
            headingId={`${id}-addressed`}
          >
            {grouped.addressed.map(entry)}
          </SideSection>
        </>
      )}
      <p className="findings-panel__keys">{t('findings.keys')}</p>
    </section>
  );
}

interface SideSectionProps {
  kind: 'waived' | 'addressed';
  /** How many findings of this kind there are (the toggle shows when there is any). */
  total: number;
  shown: boolean;
  onShown(shown: boolean): void;
  toggleLabel: string;
  heading: ReactNode;
  headingId: string;
  testId?: string;
  /** The entries, already filtered: none while the section is hidden. */
  children: ReactNode[];
}

/** Findings that are not open (waived, addressed): a checkbox to show them, then their list. */
function SideSection({
  kind,
  total,
  shown,
  onShown,
  toggleLabel,
  heading,
  headingId,
  testId,
  children,
}: SideSectionProps) {
  return (
    <>
      {total > 0 && (
        <label className="checkbox findings-addressed-toggle">
          <input
            type="checkbox"
            checked={shown}
            data-testid={`findings-show-${kind}`}
            onChange={(e) => onShown(e.target.checked)}
          />
          {toggleLabel}
        </label>
      )}
      {children.length > 0 && (
        <section
          className={`findings-group findings-group--${kind}`}
          aria-labelledby={headingId}
          data-testid={testId}
        >
          <h3 className="findings-group__title" id={headingId}>
            {heading}
            <span className="findings-group__count">{children.length}</span>
          </h3>
          <ul role="list" className="findings-list" aria-labelledby={headingId}>
            {children}
          </ul>
        </section>
      )}
    </>
  );
}
