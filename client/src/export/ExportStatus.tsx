import { useEffect, useState } from 'react';
import { Icon } from '../components/Icon';
import { Notice } from '../components/Notice';
import { Spinner } from '../components/Spinner';
import { useT } from '../i18n/useT';
import type { ExportJob } from './useExportJob';
import { CloseButton } from '../components/CloseButton';

/** Whole seconds since `startedAt`, ticking while mounted. */
function useElapsedSeconds(startedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

function Progress({ label, startedAt, onCancel }: { label: string; startedAt: number; onCancel(): void }) {
  const t = useT();
  const seconds = useElapsedSeconds(startedAt);
  return (
    <div className="export-progress" data-testid="export-progress" role="status" aria-live="polite">
      <Spinner label={label} size={18} />
      <span className="export-progress__label">{label}</span>
      <span className="export-progress__elapsed" data-testid="export-elapsed" aria-hidden="true">
        {t('export.elapsed', { seconds })}
      </span>
      <button
        type="button"
        className="btn btn--small btn--ghost"
        data-testid="export-cancel"
        onClick={onCancel}
      >
        {t('common.cancel')}
      </button>
    </div>
  );
}

/** The export in progress (spinner, elapsed seconds, Cancel), its error, or the name it was saved under. */
export function ExportStatus({ job }: { job: ExportJob }) {
  const t = useT();
  const { state } = job;
  if (state.status === 'running') {
    const label = t(state.kind === 'xml' ? 'export.generatingXml' : 'export.generatingPdf');
    return <Progress label={label} startedAt={state.startedAt} onCancel={job.cancel} />;
  }
  if (state.status === 'error') {
    return (
      <div className="export-error" data-testid="export-error">
        <Notice
          action={
            <CloseButton onClick={job.dismiss} testId="export-error-dismiss" />
          }
        >
          {state.message}
        </Notice>
      </div>
    );
  }
  if (state.status === 'done') {
    return (
      <div className="export-done" data-testid="export-done" role="status">
        <Icon name="check" size={16} />
        <span className="export-done__text">{t('export.saved', { name: state.filename })}</span>
        <CloseButton onClick={job.dismiss} />
      </div>
    );
  }
  return null;
}

/** The status floating over the page, for exports started outside a dialog (or whose dialog was closed). */
export function ExportToast({ job }: { job: ExportJob }) {
  if (job.state.status === 'idle') return null;
  return (
    <div className="export-toast" data-testid="export-toast">
      <ExportStatus job={job} />
    </div>
  );
}
