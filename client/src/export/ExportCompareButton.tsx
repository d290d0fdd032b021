import { useState } from 'react';
import { allows, type BillSummary } from '../api/billsApi';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/useT';
import { ExportCompareDialog, type CompareChoice } from './ExportCompareDialog';
import { ExportToast } from './ExportStatus';
import { defaultCompareView, type CompareView } from './exportUrls';
import { useExportJob } from './useExportJob';

/** The compare page's layouts, as the PDF prints them (old | new side by side has no PDF of its own). */
function pdfView(layout: string | null, bill: BillSummary): CompareView {
  if (layout === 'shinkyu') return 'table';
  if (layout === 'redline') return 'redline';
  return defaultCompareView(bill.lang);
}

/** “Export comparison PDF” on the compare page: the export dialog, preset to the comparison on screen. */
export function ExportCompareButton({
  bill,
  from,
  to,
  layout,
}: {
  bill: BillSummary;
  from: string | null;
  to: string;
  layout: string | null;
}) {
  const t = useT();
  const job = useExportJob();
  const [choice, setChoice] = useState<CompareChoice | null>(null);
  if (!allows(bill, 'export')) return null;
  return (
    <>
      <button
        type="button"
        className="btn btn--small compare-export"
        data-testid="compare-export-pdf"
        disabled={job.state.status === 'running'}
        onClick={() => {
          job.dismiss();
          setChoice({ from, to, view: pdfView(layout, bill), changedOnly: false });
        }}
      >
        <Icon name="download" size={14} />
        {t('export.compareButton')}
      </button>
      {choice && (
        <ExportCompareDialog
          open
          bill={bill}
          job={job}
          choice={choice}
          onChoice={setChoice}
          onClose={() => setChoice(null)}
        />
      )}
      {!choice && <ExportToast job={job} />}
    </>
  );
}
