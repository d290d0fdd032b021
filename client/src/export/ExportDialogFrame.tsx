import { useId, type ReactNode } from 'react';
import type { BillSummary } from '../api/billsApi';
import { Icon } from '../components/Icon';
import { Modal, ModalHead } from '../components/Modal';
import { useT } from '../i18n/useT';
import { ExportStatus } from './ExportStatus';
import type { ExportJob } from './useExportJob';

interface ExportModalProps {
  open: boolean;
  onClose(): void;
  testId: string;
  /** The dialog's content, mounted only while it is open; it gets the id its heading must carry. */
  children(headingId: string): ReactNode;
}

/** The modal of an export dialog (PDF, comparison PDF). */
export function ExportModal({ open, onClose, testId, children }: ExportModalProps) {
  const headingId = useId();
  return (
    <Modal open={open} onClose={onClose} labelledBy={headingId} className="export-dialog" testId={testId}>
      {children(headingId)}
    </Modal>
  );
}

interface ExportDialogBodyProps {
  headingId: string;
  title: string;
  bill: BillSummary;
  job: ExportJob;
  onClose(): void;
  downloadTestId: string;
  /** The download button is disabled while a job runs and when this is true. */
  downloadBlocked?: boolean;
  onDownload(): void;
  children: ReactNode;
}

/** Heading, the dialog's form, the job's progress or error, and Cancel / Download. */
export function ExportDialogBody({
  headingId,
  title,
  bill,
  job,
  onClose,
  downloadTestId,
  downloadBlocked = false,
  onDownload,
  children,
}: ExportDialogBodyProps) {
  const t = useT();
  const running = job.state.status === 'running';
  return (
    <>
      <ModalHead headingId={headingId} title={title} subtitle={bill.title} onClose={onClose} />
      <div className="export-form">{children}</div>
      <div className="export-dialog__status">
        <ExportStatus job={job} />
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t(running ? 'common.close' : 'common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          data-testid={downloadTestId}
          disabled={running || downloadBlocked}
          onClick={onDownload}
        >
          <Icon name="download" size={16} />
          {t('export.downloadPdf')}
        </button>
      </div>
    </>
  );
}

interface ExportOptionProps {
  testId: string;
  checked: boolean;
  disabled: boolean;
  label: string;
  hint: string;
  onChange(checked: boolean): void;
}

/** One checkbox option of an export, with its hint under the label. */
export function ExportOption({ testId, checked, disabled, label, hint, onChange }: ExportOptionProps) {
  return (
    <label className="checkbox export-option">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        <span className="export-option__label">{label}</span>
        <span className="export-option__hint">{hint}</span>
      </span>
    </label>
  );
}
