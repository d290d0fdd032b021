import { useCallback, useId } from 'react';
import { auditApi } from '../api/auditApi';
import type { BillSummary } from '../api/billsApi';
import { useResource } from '../api/useResource';
import { Icon } from '../components/Icon';
import { Modal, ModalHead } from '../components/Modal';
import { Notice } from '../components/Notice';
import { Spinner } from '../components/Spinner';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { AuditTable } from './AuditTable';

/** A bill's audit trail, for its owners. */
export function AuditDialog({ open, bill, onClose }: { open: boolean; bill: BillSummary; onClose(): void }) {
  const t = useT();
  const headingId = useId();
  return (
    <Modal open={open} onClose={onClose} labelledBy={headingId} className="modal--wide" testId="audit-dialog">
      <ModalHead headingId={headingId} title={t('audit.heading')} subtitle={bill.title} onClose={onClose} closeTestId="audit-close" />
      <AuditPanel billId={bill.id} />
    </Modal>
  );
}

/** Mounted while the dialog is open, so every opening shows the latest entries. */
function AuditPanel({ billId }: { billId: string }) {
  const t = useT();
  const load = useCallback((signal: AbortSignal) => auditApi.forBill(billId, signal), [billId]);
  const { state, reload } = useResource(load);
  return (
    <div className="audit-panel">
      {state.status === 'loading' && (
        <div className="list-loading">
          <Spinner label={t('audit.loading')} />
          <span>{t('audit.loading')}</span>
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
      {state.status === 'ready' && (
        <>
          <div className="audit-panel__scroll">
            <AuditTable entries={state.data} />
          </div>
          <div className="form-actions">
            <button type="button" className="btn btn--small" onClick={reload} data-testid="audit-refresh">
              <Icon name="refresh" size={14} />
              {t('audit.refresh')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
