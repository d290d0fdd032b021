import { useId } from 'react';
import type { BillSummary } from '../api/billsApi';
import { Icon } from '../components/Icon';
import { Modal, ModalHead } from '../components/Modal';
import { useT } from '../i18n/useT';
import { useVersions } from '../versions/history/useVersions';
import { fallbackFileName } from './contentDisposition';
import { ExportStatus } from './ExportStatus';
import { exportUrls, type DraftPdfOptions } from './exportUrls';
import type { ExportJob } from './useExportJob';
import { VersionSelect, VersionsNote } from './VersionSelect';

interface ExportPdfDialogProps {
  open: boolean;
  bill: BillSummary;
  job: ExportJob;
  options: DraftPdfOptions;
  onOptions(options: DraftPdfOptions): void;
  onClose(): void;
}

/** “PDF…”: which text (the live text or a saved version), line numbers, the 案/DRAFT watermark, the findings appendix. */
export function ExportPdfDialog({ open, onClose, ...rest }: ExportPdfDialogProps) {
  const headingId = useId();
  return (
    <Modal
      open={open}
      onClose={onClose}
      labelledBy={headingId}
      className="export-dialog"
      testId="export-pdf-dialog"
    >
      <PdfOptions headingId={headingId} onClose={onClose} {...rest} />
    </Modal>
  );
}

function PdfOptions({
  headingId,
  bill,
  job,
  options,
  onOptions,
  onClose,
}: Omit<ExportPdfDialogProps, 'open'> & { headingId: string }) {
  const t = useT();
  const id = useId();
  const versions = useVersions(bill.id);
  const list = versions.state.status === 'ready' ? versions.state.data : [];
  const running = job.state.status === 'running';
  const set = (change: Partial<DraftPdfOptions>) => onOptions({ ...options, ...change });

  const download = async () => {
    const url = exportUrls.draftPdf(bill.id, options);
    if (await job.start(url, 'pdf', fallbackFileName(bill.title, 'pdf'))) onClose();
  };

  const checkbox = (
    key: 'lineNumbers' | 'watermark' | 'findings',
    testId: string,
    hint: Parameters<typeof t>[0],
  ) => (
    <label className="checkbox export-option">
      <input
        type="checkbox"
        data-testid={testId}
        checked={options[key]}
        disabled={running}
        onChange={(event) => set({ [key]: event.target.checked })}
      />
      <span>
        <span className="export-option__label">{t(`export.${key}`)}</span>
        <span className="export-option__hint">{t(hint)}</span>
      </span>
    </label>
  );

  return (
    <>
      <ModalHead headingId={headingId} title={t('export.pdfHeading')} subtitle={bill.title} onClose={onClose} />
      <div className="export-form">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-version`}>
            {t('export.version')}
          </label>
          <VersionSelect
            id={`${id}-version`}
            versions={list}
            value={options.version}
            testId="export-version"
            disabled={running}
            onChange={(version) => set({ version })}
          />
          <VersionsNote status={versions.state.status} />
        </div>
        <fieldset className="export-options">
          <legend className="field-label">{t('export.include')}</legend>
          {checkbox('lineNumbers', 'export-line-numbers', 'export.lineNumbersHint')}
          {checkbox('watermark', 'export-watermark', 'export.watermarkHint')}
          {checkbox('findings', 'export-findings', 'export.findingsHint')}
        </fieldset>
      </div>
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
          data-testid="export-pdf-download"
          disabled={running}
          onClick={() => void download()}
        >
          <Icon name="download" size={16} />
          {t('export.downloadPdf')}
        </button>
      </div>
    </>
  );
}
