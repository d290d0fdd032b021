import { useEffect, useId, useRef, useState } from 'react';
import { allows, type BillSummary } from '../../api/billsApi';
import { Icon } from '../../components/Icon';
import { Notice } from '../../components/Notice';
import { Spinner } from '../../components/Spinner';
import { describeError } from '../../i18n/describeError';
import { useT } from '../../i18n/useT';
import { navigate } from '../../router/navigate';
import { comparePath } from '../../router/routes';
import { useNow } from '../../scenes/useNow';
import { RestoreDialog } from '../RestoreDialog';
import { RestoreNotice } from '../RestoreNotice';
import type { RestoreResult, Version } from '../versionsApi';
import { SaveVersionForm } from './SaveVersionForm';
import { useStoredFlag } from './useStoredFlag';
import { useVersions } from './useVersions';
import { VersionEntry } from './VersionEntry';
import { CloseButton } from '../../components/CloseButton';

const SHOW_AUTO_KEY = 'billwright.history.showAuto';

/**
 * The bill's versions beside the text, newest first: save the live text as a named version, view one,
 * compare one (or any two) and restore one. Escape closes it.
 */
export function HistoryPanel({ bill, onClose }: { bill: BillSummary; onClose(): void }) {
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { state, reload, prepend } = useVersions(bill.id);
  const [showAuto, setShowAuto] = useStoredFlag(SHOW_AUTO_KEY, true);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const [result, setResult] = useState<RestoreResult | null>(null);
  const now = useNow(60_000);
  const canRestore = allows(bill, 'version.restore');

  useEffect(() => {
    // Focus moves into the panel, and back to where it was (the header button) when the panel closes.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const all = state.status === 'ready' ? state.data : [];
  const shown = showAuto ? all : all.filter((v) => !v.auto);
  const hiddenAuto = all.length - shown.length;

  const select = (id: string, on: boolean) =>
    setSelected((current) =>
      on ? [...current.filter((x) => x !== id), id].slice(-2) : current.filter((x) => x !== id),
    );
  const compareSelected = () => {
    // Older → newer, in the list's order (newest first).
    const picked = all.filter((v) => selected.includes(v.id));
    const [newer, older] = picked;
    if (newer && older) navigate(comparePath(bill.id, { from: older.id, to: newer.id }));
  };

  return (
    <aside
      className="history-panel"
      data-testid="history-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !restoring) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="history-panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="history-panel__title">
          <Icon name="versions" size={15} />
          {t('versions.heading')}
        </h2>
        <CloseButton onClick={onClose} testId="history-close" size={16} />
      </div>
      <div className="history-panel__body">
        {allows(bill, 'version.create') && <SaveVersionForm billId={bill.id} onSaved={prepend} />}
        {result && <RestoreNotice billId={bill.id} result={result} onDismiss={() => setResult(null)} />}
        <div className="history-panel__tools">
          <label className="checkbox history-panel__filter">
            <input
              type="checkbox"
              checked={showAuto}
              data-testid="show-auto"
              onChange={(e) => setShowAuto(e.target.checked)}
            />
            <span>{t('versions.showAuto')}</span>
          </label>
          <button
            type="button"
            className="icon-btn"
            title={t('versions.refresh')}
            aria-label={t('versions.refresh')}
            onClick={reload}
          >
            <Icon name="refresh" size={14} />
          </button>
        </div>
        {state.status === 'loading' && (
          <div className="list-loading">
            <Spinner label={t('versions.loading')} />
            <span>{t('versions.loading')}</span>
          </div>
        )}
        {state.status === 'error' && (
          <Notice
            action={
              <button type="button" className="btn btn--small" onClick={reload}>
                {t('common.retry')}
              </button>
            }
          >
            {describeError(state.error, t)}
          </Notice>
        )}
        {state.status === 'ready' && shown.length === 0 && (
          <p className="history-panel__empty" data-testid="history-empty">
            {all.length === 0 ? t('versions.empty') : t('versions.onlyAuto', { count: hiddenAuto })}
          </p>
        )}
        {shown.length > 0 && (
          <>
            <div className="history-panel__compare" aria-live="polite">
              <span>{t('versions.pickTwo', { count: selected.length })}</span>
              <button
                type="button"
                className="btn btn--small"
                disabled={selected.length !== 2}
                data-testid="compare-selected"
                onClick={compareSelected}
              >
                {t('versions.compareSelected')}
              </button>
            </div>
            <ol className="version-list" aria-label={t('versions.listLabel')}>
              {shown.map((version) => (
                <VersionEntry
                  key={version.id}
                  billId={bill.id}
                  version={version}
                  now={now}
                  selected={selected.includes(version.id)}
                  highlighted={result?.backup?.id === version.id}
                  onSelect={(on) => select(version.id, on)}
                  onRestore={canRestore ? () => setRestoring(version) : undefined}
                />
              ))}
            </ol>
            {hiddenAuto > 0 && (
              <p className="history-panel__hidden">{t('versions.hiddenAuto', { count: hiddenAuto })}</p>
            )}
          </>
        )}
      </div>
      <RestoreDialog
        billId={bill.id}
        version={restoring}
        onCancel={() => setRestoring(null)}
        onRestored={(restored) => {
          setRestoring(null);
          setResult(restored);
          reload();
        }}
      />
    </aside>
  );
}
