import { useT } from '../../i18n/useT';
import { useWaiver } from './useWaiver';

/** “Waived: reason” under a finding in the findings panel (the entry is muted by CSS). */
export function WaivedNote({ pid, ruleId }: { pid: string; ruleId: string }) {
  const t = useT();
  const { review, waiver } = useWaiver(pid, ruleId);
  if (!waiver) return null;
  const reason = waiver.comments[0]?.body ?? '';
  return (
    <p className="waived-note" data-testid="finding-waived" data-thread-id={waiver.id}>
      <span className="waived-note__label">{t('waiver.waived')}</span>
      <span className="waived-note__reason">{reason}</span>
      {waiver.comments.length > 1 && (
        <button type="button" className="link-btn" onClick={() => review?.session.bridge?.openThread(waiver.id)}>
          {t('waiver.discussion', { count: waiver.comments.length - 1 })}
        </button>
      )}
    </p>
  );
}
