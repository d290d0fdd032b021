import { useId } from 'react';
import type { BillSummary } from '../api/billsApi';
import { useT } from '../i18n/useT';
import { useVersions } from '../versions/history/useVersions';
import type { Version } from '../versions/versionsApi';
import { fallbackFileName } from './contentDisposition';
import { ExportDialogBody, ExportModal, ExportOption } from './ExportDialogFrame';
import { CURRENT_TEXT, exportUrls, type CompareView } from './exportUrls';
import type { ExportJob } from './useExportJob';
import { VersionSelect, VersionsNote } from './VersionSelect';

/** The comparison asked for; `from: null` until chosen (then the newest named version, else the newest). */
export interface CompareChoice {
  from: string | null;
  to: string;
  view: CompareView;
  changedOnly: boolean;
}

interface ExportCompareDialogProps {
  open: boolean;
  bill: BillSummary;
  job: ExportJob;
  choice: CompareChoice;
  onChoice(choice: CompareChoice): void;
  onClose(): void;
}

/** The side a comparison starts from when none was chosen. */
export function defaultFrom(versions: readonly Version[]): string {
  return (versions.find((v) => !v.auto) ?? versions[0])?.id ?? CURRENT_TEXT;
}

/** “Comparison PDF…”: old and new side, 新旧対照表 or redline, changed provisions only. */
export function ExportCompareDialog({ open, onClose, ...rest }: ExportCompareDialogProps) {
  return (
    <ExportModal open={open} onClose={onClose} testId="export-compare-dialog">
      {(headingId) => <CompareOptions headingId={headingId} onClose={onClose} {...rest} />}
    </ExportModal>
  );
}

function CompareOptions({
  headingId,
  bill,
  job,
  choice,
  onChoice,
  onClose,
}: Omit<ExportCompareDialogProps, 'open'> & { headingId: string }) {
  const t = useT();
  const id = useId();
  const versions = useVersions(bill.id);
  const list = versions.state.status === 'ready' ? versions.state.data : [];
  const running = job.state.status === 'running';
  const from = choice.from ?? defaultFrom(list);
  const same = from === choice.to;
  const set = (change: Partial<CompareChoice>) => onChoice({ ...choice, from, ...change });

  const download = async () => {
    const url = exportUrls.comparePdf(bill.id, {
      from,
      to: choice.to,
      view: choice.view,
      changedOnly: choice.changedOnly,
    });
    if (await job.start(url, 'pdf', fallbackFileName(`${bill.title}_compare`, 'pdf'))) onClose();
  };

  return (
    <ExportDialogBody
      headingId={headingId}
      title={t('export.compareHeading')}
      bill={bill}
      job={job}
      onClose={onClose}
      downloadTestId="export-compare-download"
      downloadBlocked={same || versions.state.status === 'loading'}
      onDownload={() => void download()}
    >
      <div className="export-sides">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-from`}>
            {t('export.from')}
          </label>
          <VersionSelect
            id={`${id}-from`}
            versions={list}
            value={from}
            testId="export-compare-from"
            disabled={running}
            onChange={(value) => set({ from: value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-to`}>
            {t('export.to')}
          </label>
          <VersionSelect
            id={`${id}-to`}
            versions={list}
            value={choice.to}
            testId="export-compare-to"
            disabled={running}
            onChange={(value) => set({ to: value })}
          />
        </div>
      </div>
      <VersionsNote status={versions.state.status} />
      {versions.state.status === 'ready' && list.length === 0 && (
        <p className="field-hint" data-testid="export-compare-no-versions">
          {t('export.noVersions')}
        </p>
      )}
      {same && list.length > 0 && (
        <p className="field-error field-error--inline" data-testid="export-compare-same">
          {t('export.sameSides')}
        </p>
      )}
      <fieldset className="export-options">
        <legend className="field-label">{t('export.view')}</legend>
        <div
          className="segmented"
          role="group"
          aria-label={t('export.view')}
          data-testid="export-compare-view"
        >
          {(['table', 'redline'] as const).map((view) => (
            <button
              key={view}
              type="button"
              className="segmented__option"
              data-view={view}
              aria-pressed={choice.view === view}
              disabled={running}
              onClick={() => set({ view })}
            >
              {t(view === 'table' ? 'export.viewTable' : 'export.viewRedline')}
            </button>
          ))}
        </div>
        <p className="export-option__hint">
          {t(choice.view === 'table' ? 'export.viewTableHint' : 'export.viewRedlineHint')}
        </p>
        <ExportOption
          testId="export-compare-changed-only"
          checked={choice.changedOnly}
          disabled={running}
          label={t('export.changedOnly')}
          hint={t('export.changedOnlyHint')}
          onChange={(changedOnly) => set({ changedOnly })}
        />
      </fieldset>
    </ExportDialogBody>
  );
}
