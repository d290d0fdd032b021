import { useState } from 'react';
import type { BillSummary } from '../api/billsApi';
import { Icon, type IconName } from '../components/Icon';
import { usePopover } from '../components/usePopover';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { fallbackFileName } from './contentDisposition';
import { ExportCompareDialog, type CompareChoice } from './ExportCompareDialog';
import { ExportPdfDialog } from './ExportPdfDialog';
import { ExportToast } from './ExportStatus';
import { CURRENT_TEXT, defaultCompareView, exportUrls, type DraftPdfOptions } from './exportUrls';
import { useExportJob } from './useExportJob';

type Dialog = 'pdf' | 'compare' | null;

/**
 * The editor header's Export menu: the draft PDF and the comparison PDF (with their options dialogs), the
 * findings report and e-Gov XML (at once). One export at a time; its progress shows in the open dialog, or
 * floating over the page.
 */
export function ExportMenu({ bill }: { bill: BillSummary }) {
  const t = useT();
  const { open: menuOpen, toggle, close: closeMenu, containerRef, id: menuId } = usePopover();
  const job = useExportJob();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [pdfOptions, setPdfOptions] = useState<DraftPdfOptions>({
    version: CURRENT_TEXT,
    lineNumbers: false,
    watermark: false,
    findings: false,
  });
  const [compare, setCompare] = useState<CompareChoice>(() => ({
    from: null,
    to: CURRENT_TEXT,
    view: defaultCompareView(bill.lang),
    changedOnly: false,
  }));
  const running = job.state.status === 'running';

  const openDialog = (which: Exclude<Dialog, null>) => {
    closeMenu();
    if (!running) job.dismiss();
    setDialog(which);
  };
  const exportNow = (url: string, kind: 'pdf' | 'xml', fallbackName: string) => {
    closeMenu();
    void job.start(url, kind, fallbackName);
  };

  const item = (testId: string, icon: IconName, label: StringKey, hint: StringKey, onClick: () => void) => (
    <button
      type="button"
      className="export-menu__item"
      data-testid={testId}
      disabled={running}
      onClick={onClick}
    >
      <Icon name={icon} size={16} />
      <span className="export-menu__text">
        <span className="export-menu__label">{t(label)}</span>
        <span className="export-menu__hint">{t(hint)}</span>
      </span>
    </button>
  );

  return (
    <>
      <div className="popover-anchor" ref={containerRef}>
        <button
          type="button"
          className="header-btn"
          data-testid="export-menu"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          aria-busy={running}
          title={t('export.menuTitle')}
          onClick={toggle}
        >
          <Icon name="download" size={16} />
          <span className="header-btn__label">{t('export.open')}</span>
        </button>
        {menuOpen && (
          <div
            id={menuId}
            className="popover popover--end export-menu"
            role="group"
            aria-label={t('export.menuTitle')}
          >
            {item('export-pdf', 'document', 'export.pdf', 'export.pdfHint', () => openDialog('pdf'))}
            {item('export-compare', 'swap', 'export.compare', 'export.compareHint', () =>
              openDialog('compare'),
            )}
            {item(
              'export-findings-report',
              'alert',
              'export.findingsReport',
              'export.findingsReportHint',
              () =>
                exportNow(
                  exportUrls.findingsPdf(bill.id),
                  'pdf',
                  fallbackFileName(`${bill.title}_findings`, 'pdf'),
                ),
            )}
            {item('export-xml', 'code', 'export.xml', 'export.xmlHint', () =>
              exportNow(exportUrls.lawXml(bill.id), 'xml', fallbackFileName(bill.title, 'xml')),
            )}
          </div>
        )}
      </div>
      <ExportPdfDialog
        open={dialog === 'pdf'}
        bill={bill}
        job={job}
        options={pdfOptions}
        onOptions={setPdfOptions}
        onClose={() => setDialog(null)}
      />
      <ExportCompareDialog
        open={dialog === 'compare'}
        bill={bill}
        job={job}
        choice={compare}
        onChoice={setCompare}
        onClose={() => setDialog(null)}
      />
      {dialog === null && <ExportToast job={job} />}
    </>
  );
}
