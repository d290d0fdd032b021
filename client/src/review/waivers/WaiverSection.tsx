import { useState } from 'react';
import { provisionTextHash } from '../../../../core/review';
import { Icon } from '../../components/Icon';
import { describeError } from '../../i18n/describeError';
import { formatDateTime } from '../../i18n/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { reviewApi } from '../reviewApi';
import { useWaiver } from './useWaiver';

interface WaiverSectionProps {
  finding: { pid: string; ruleId: string; status: string; category: string };
}

/**
 * In the finding card: the waiver in force (who, why, the discussion), or — for owners and editors, on
 * an open finding of a provision — a “Waive…” form that records the reason as a waiver thread.
 */
export function WaiverSection({ finding: f }: WaiverSectionProps) {
  const { t, lang } = useI18n();
  const { review, waiver } = useWaiver(f.pid, f.ruleId);
  const [reason, setReason] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!review) return null;

  if (waiver) {
    const first = waiver.comments[0];
    return (
      <section className="finding-card__section waiver-section is-waived" data-testid="finding-waived" data-thread-id={waiver.id}>
        <h3>
          <Icon name="shield" size={13} /> {t('waiver.waived')}
        </h3>
        <p className="waiver-section__by">
          {t('waiver.waivedBy', { name: waiver.createdBy.displayName, time: formatDateTime(waiver.createdAt, lang) })}
        </p>
        {first && <p className="waiver-section__reason">{first.body}</p>}
        <button type="button" className="link-btn" data-testid="waiver-discussion" onClick={() => review.session.bridge?.openThread(waiver.id)}>
          {t('waiver.discussion', { count: Math.max(0, waiver.comments.length - 1) })}
        </button>
      </section>
    );
  }

  if (!review.canWaive || f.status !== 'open' || f.category === 'safeguards') return null;

  const submit = async () => {
    const body = reason?.trim();
    if (!body || busy) return;
    const text = review.session.bridge?.provisionText(f.pid);
    setBusy(true);
    setError(null);
    try {
      await reviewApi.waive(
        review.billId,
        { pid: f.pid, ruleId: f.ruleId, ...(text !== undefined ? { textHash: provisionTextHash(text) } : {}) },
        body,
      );
      setReason(null);
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="finding-card__section waiver-section">
      {reason === null ? (
        <button type="button" className="btn btn--small" data-testid="waive-finding" title={t('waiver.hint')} onClick={() => setReason('')}>
          <Icon name="shield" size={14} />
          {t('waiver.waive')}
        </button>
      ) : (
        <div className="waiver-form">
          <label className="waiver-form__label">
            {t('waiver.reasonLabel')}
            <textarea
              className="input comment-textarea"
              data-testid="waiver-reason"
              rows={3}
              value={reason}
              placeholder={t('waiver.reasonPlaceholder')}
              disabled={busy}
              autoFocus
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void submit();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setReason(null);
                }
              }}
            />
          </label>
          <p className="field-hint">{t('waiver.hint')}</p>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="waiver-form__actions">
            <button type="button" className="btn btn--small btn--ghost" onClick={() => setReason(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn--small btn--primary"
              data-testid="waiver-submit"
              disabled={busy || !reason.trim()}
              onClick={() => void submit()}
            >
              {t('waiver.submit')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
