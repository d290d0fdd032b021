import { useCallback } from 'react';
import { ApiError } from '../../api/ApiError';
import type { BillSummary } from '../../api/billsApi';
import { useResource } from '../../api/useResource';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { Spinner } from '../../components/Spinner';
import { ExportCompareButton } from '../../export/ExportCompareButton';
import { describeError } from '../../i18n/describeError';
import { formatDateTime } from '../../i18n/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { useVersions } from '../history/useVersions';
import { versionLabel } from '../versionLabel';
import { versionsApi, type Version } from '../versionsApi';
import type { CompareLayout, CompareQuery } from './compareQuery';
import { DiffResult } from './DiffResult';
import { LayoutSwitch } from './LayoutSwitch';
import { useStoredLayout } from './useStoredLayout';
import { VersionPickers } from './VersionPickers';

interface CompareViewProps {
  bill: BillSummary;
  query: CompareQuery;
  /** A new comparison (pushed to history) or layout (replacing the entry). */
  onQuery(query: CompareQuery, replace: boolean): void;
}

/** Pick two sides and a layout; the comparison of those two. Without `from`, the newest named version. */
export function CompareView({ bill, query, onQuery }: CompareViewProps) {
  const { t } = useI18n();
  const versions = useVersions(bill.id);
  const [storedLayout, setStoredLayout] = useStoredLayout();
  const layout = query.layout ?? storedLayout;
  const list = versions.state.status === 'ready' ? versions.state.data : [];
  const from = query.from ?? (list.find((v) => !v.auto) ?? list[0])?.id ?? null;
  const setLayout = (next: CompareLayout) => {
    setStoredLayout(next);
    onQuery({ ...query, from, layout: next }, true);
  };

  let state: 'loading' | 'error' | 'ready' | 'none' = 'ready';
  if (from === null) state = versions.state.status === 'ready' ? 'none' : versions.state.status;
  return (
    <div className="compare" data-testid="compare-view" data-layout={layout}>
      <div className="compare-bar">
        <VersionPickers
          versions={list}
          from={from}
          to={query.to}
          onChange={(f, to) => onQuery({ ...query, from: f, to }, false)}
        />
        <LayoutSwitch layout={layout} onChange={setLayout} />
        <ExportCompareButton bill={bill} from={from} to={query.to} layout={layout} />
      </div>
      {state === 'loading' && <Loading label={t('compare.loading')} />}
      {state === 'error' && versions.state.status === 'error' && (
        <Failure message={describeError(versions.state.error, t)} onRetry={versions.reload} />
      )}
      {state === 'none' && (
        <div className="compare-empty">
          <EmptyState icon="versions" title={t('compare.noVersions')} testId="compare-no-versions">
            <p>{t('compare.noVersionsHint')}</p>
          </EmptyState>
        </div>
      )}
      {state === 'ready' && from !== null && (
        <Comparison key={`${from}→${query.to}`} billId={bill.id} from={from} to={query.to} layout={layout} />
      )}
    </div>
  );
}

function Comparison({
  billId,
  from,
  to,
  layout,
}: {
  billId: string;
  from: string;
  to: string;
  layout: CompareLayout;
}) {
  const { t, lang } = useI18n();
  const load = useCallback(
    (signal: AbortSignal) => versionsApi.compare(billId, from, to, signal),
    [billId, from, to],
  );
  const { state, reload } = useResource(load);
  if (state.status === 'loading') return <Loading label={t('compare.loading')} />;
  if (state.status === 'error') {
    const gone = state.error instanceof ApiError && state.error.status === 404;
    return (
      <Failure
        message={gone ? t('compare.versionGone') : describeError(state.error, t)}
        onRetry={gone ? undefined : reload}
      />
    );
  }
  const title = (v: Version | null) =>
    v ? `${versionLabel(v, t)} (${formatDateTime(v.createdAt, lang)})` : t('compare.currentText');
  return (
    <DiffResult
      comparison={state.data}
      layout={layout}
      titles={{
        old: t('compare.before', { name: title(state.data.from) }),
        new: t('compare.after', { name: title(state.data.to) }),
      }}
    />
  );
}

function Loading({ label }: { label: string }) {
  return (
    <div className="compare-loading" data-testid="compare-loading" aria-busy="true">
      <Spinner label={label} />
      <span>{label}</span>
    </div>
  );
}

function Failure({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="compare-error" data-testid="compare-error">
      <Notice
        action={
          onRetry && (
            <button type="button" className="btn btn--small" onClick={onRetry}>
              {t('common.retry')}
            </button>
          )
        }
      >
        {message}
      </Notice>
    </div>
  );
}
