import { useEffect, useRef } from 'react';
import { Spinner } from '../../components/Spinner';
import { useT } from '../../i18n/useT';
import type { AlternativeSwap } from './useAlternativeSwap';

/** What became of the last "use this wording": keeping a version, kept, or failed with the drafter's choices. */
export function SwapStatusView({ swap }: { swap: AlternativeSwap }) {
  const t = useT();
  const { status } = swap;
  const alert = useRef<HTMLDivElement>(null);
  // The choice may sit below the fold of the panel: bring it into view, with the keyboard focus on it.
  useEffect(() => {
    if (status.kind === 'failed') alert.current?.focus();
  }, [status]);
  if (status.kind === 'idle') return null;
  if (status.kind === 'failed')
    return (
      <div
        className="alternatives__status alternatives__status--failed"
        role="alert"
        ref={alert}
        tabIndex={-1}
        data-testid="alternative-version-status"
        data-state="failed"
      >
        <p>
          {t('alternatives.versionFailed')} <span className="alternatives__status-reason">{status.message}</span>
        </p>
        <p>{t('alternatives.versionFailedChoice')}</p>
        <div className="alternatives__status-actions">
          <button type="button" className="btn btn--small" data-testid="alternative-version-retry" onClick={swap.retry}>
            {t('common.retry')}
          </button>
          <button
            type="button"
            className="btn btn--small btn--danger"
            data-testid="alternative-swap-anyway"
            onClick={swap.swapAnyway}
          >
            {t('alternatives.swapAnyway')}
          </button>
          <button
            type="button"
            className="btn btn--small btn--ghost"
            data-testid="alternative-swap-cancel"
            onClick={swap.cancel}
          >
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  const label = status.alternative.label;
  return (
    <p className="alternatives__status" role="status" data-testid="alternative-version-status" data-state={status.kind}>
      {status.kind === 'keeping' && <Spinner label={t('alternatives.keeping')} size={14} />}
      <span>
        {status.kind === 'keeping' && t('alternatives.keeping')}
        {status.kind === 'kept' && t(status.version ? 'alternatives.kept' : 'alternatives.alreadyKept', { label })}
        {status.kind === 'unversioned' && t('alternatives.unversioned', { label })}
      </span>
    </p>
  );
}
