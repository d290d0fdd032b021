import { useEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';
import type { VersionComparison } from '../versionsApi';
import { ChangeOutline } from './ChangeOutline';
import type { CompareLayout } from './compareQuery';
import { countChanges, diffLines, isEmptyChange } from './diffLines';
import { DiffSummary } from './DiffSummary';
import type { LineNav } from './lineAttrs';
import { lineSegments } from './lineSegments';
import { RedlineLayout } from './RedlineLayout';
import { ShinkyuTable } from './ShinkyuTable';
import { SideBySideLayout } from './SideBySideLayout';
import { useChangeNavigation } from './useChangeNavigation';

interface DiffResultProps {
  comparison: VersionComparison;
  layout: CompareLayout;
  /** What the two sides are called (version labels, or “Current text”). */
  titles: { old: string; new: string };
}

/** A loaded comparison: outline of changes, summary, next/previous, and the chosen layout. */
export function DiffResult({ comparison, layout, titles }: DiffResultProps) {
  const t = useT();
  const { lang, rows } = comparison;
  const lines = useMemo(() => diffLines(rows, lang), [rows, lang]);
  const counts = useMemo(() => countChanges(rows), [rows]);
  const stops = useMemo(() => lines.filter((l) => l.stop), [lines]);
  const renumbered = useMemo(() => lines.filter((l) => l.renumbered && !l.stop), [lines]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const segments = useMemo(() => lineSegments(lines, showAll ? 'all' : expanded), [lines, showAll, expanded]);
  const { current, go, next, prev } = useChangeNavigation(stops.length);
  const nav: LineNav = useMemo(
    () => ({ stops: new Map(stops.map((line, i) => [line.key, i])), current }),
    [stops, current],
  );
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (current < 0) return;
    mainRef.current
      ?.querySelector<HTMLElement>(`[data-stop="${current}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [current, layout]);

  const empty = isEmptyChange(counts);
  const expand = (key: string) => setExpanded((set) => new Set([...set, key]));
  const currentLine = stops[current];
  return (
    <div className="compare-body">
      <ChangeOutline stops={stops} renumbered={renumbered} current={current} billLang={lang} onGo={go} />
      <main id="main" className="compare-main" ref={mainRef} tabIndex={-1}>
        <div className="compare-head">
          <DiffSummary counts={counts} />
          <div className="compare-nav">
            <label className="checkbox compare-nav__all">
              <input
                type="checkbox"
                checked={showAll}
                data-testid="show-unchanged"
                onChange={(e) => setShowAll(e.target.checked)}
              />
              <span>{t('compare.showUnchanged')}</span>
            </label>
            <span className="compare-nav__position" data-testid="change-position" aria-live="polite">
              {current < 0
                ? t('compare.positionNone', { total: stops.length })
                : t('compare.position', { current: current + 1, total: stops.length })}
              {currentLine && (
                <span className="visually-hidden"> {currentLine.new?.cite ?? currentLine.old?.cite}</span>
              )}
            </span>
            <button
              type="button"
              className="btn btn--small"
              data-testid="prev-change"
              aria-keyshortcuts="p k"
              title={t('compare.prevHint')}
              disabled={stops.length === 0 || current === 0}
              onClick={prev}
            >
              <Icon name="up" size={14} />
              {t('compare.prev')}
            </button>
            <button
              type="button"
              className="btn btn--small"
              data-testid="next-change"
              aria-keyshortcuts="n j"
              title={t('compare.nextHint')}
              disabled={stops.length === 0 || current === stops.length - 1}
              onClick={next}
            >
              <Icon name="down" size={14} />
              {t('compare.next')}
            </button>
          </div>
        </div>
        {empty ? (
          <EmptyState icon="check" title={t('compare.noDifferences')} testId="diff-empty">
            <p>{t('compare.noDifferencesHint')}</p>
          </EmptyState>
        ) : layout === 'redline' ? (
          <RedlineLayout segments={segments} lang={lang} nav={nav} onExpand={expand} />
        ) : layout === 'side-by-side' ? (
          <SideBySideLayout segments={segments} lang={lang} nav={nav} onExpand={expand} titles={titles} />
        ) : (
          <ShinkyuTable segments={segments} lang={lang} nav={nav} onExpand={expand} />
        )}
      </main>
    </div>
  );
}
