import { useT } from '../../i18n/useT';
import type { FindingCounts } from './groupFindings';
import { useDebounced } from './useDebounced';

/** The counts in one sentence; screen readers hear it (politely) once typing pauses, not per keystroke. */
export function FindingsSummary({ counts }: { counts: FindingCounts }) {
  const t = useT();
  const sentence =
    counts.open + counts.waived + counts.addressed === 0
      ? t('findings.summaryNone')
      : t('findings.summary', {
          open: counts.open,
          critical: counts.bySeverity.critical,
          warning: counts.bySeverity.warning,
          info: counts.bySeverity.info,
          waived: counts.waived,
          addressed: counts.addressed,
        });
  const announced = useDebounced(sentence, 900);
  return (
    <div
      className="findings-summary"
      data-testid="findings-summary"
      data-open={counts.open}
      data-waived={counts.waived}
      data-addressed={counts.addressed}
    >
      <p className="findings-summary__text" aria-hidden="true">
        {sentence}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="findings-live">
        {announced}
      </p>
    </div>
  );
}
