import { useId } from 'react';
import type { BillSummary } from '../api/billsApi';
import { useT } from '../i18n/useT';
import { useVersions } from '../versions/history/useVersions';
import { fallbackFileName } from './contentDisposition';
import { ExportDialogBody, ExportModal, ExportOption } from './ExportDialogFrame';
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
  return (
    <ExportModal open={open} onClose={onClose} testId="export-pdf-dialog">
      {(headingId) => <PdfOptions headingId={headingId} onClose={onClose} {...rest} />}
    </ExportModal>
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
    <ExportOption
      testId={testId}
      checked={options[key]}
      disabled={running}
      label={t(`export.${key}`)}
      hint={t(hint)}
      onChange={(checked) => set({ [key]: checked })}
    />
  );

  return (
    <ExportDialogBody
      headingId={headingId}
      title={t('export.pdfHeading')}
      bill={bill}
      job={job}
      onClose={onClose}
      downloadTestId="export-pdf-download"
      onDownload={() => void download()}
    >
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
    </ExportDialogBody>
  );
}
