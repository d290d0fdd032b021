import { useState } from 'react';
import type { BillLang } from '../../../../core/bill';
import type { ThreadView } from '../../../../core/review';
import { Icon } from '../../components/Icon';
import { describeError } from '../../i18n/describeError';
import { formatUpdated } from '../../i18n/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { reviewApi } from '../reviewApi';
import type { ReviewScopeValue } from '../session/ReviewContext';
import { CommentItem } from './CommentItem';
import { ReplyBox } from './ReplyBox';

interface ThreadCardProps {
  review: ReviewScopeValue;
  thread: ThreadView;
  /** The provision's current citation (第一条第二項 …), or null when it is gone. */
  cite: string | null;
  billLang: BillLang;
  active: boolean;
  now: number;
  onSelect(id: string): void;
}

/** One thread in the panel: where it is, the quoted words, its comments, reply and resolve/reopen. */
export function ThreadCard({ review, thread: v, cite, billLang, active, now, onSelect }: ThreadCardProps) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resolved = v.status === 'resolved';
  const waiver = v.kind === 'waiver' ? v.waiver : null;
  const quote = v.range?.text ?? v.anchor?.quote ?? '';

  const setStatus = async (status: 'open' | 'resolved') => {
    setBusy(true);
    setError(null);
    try {
      await reviewApi.setStatus(review.billId, v.id, status);
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={`thread${active ? ' is-active' : ''}${resolved ? ' is-resolved' : ''}${v.orphaned ? ' is-orphaned' : ''}`}
      data-testid="thread"
      data-thread-id={v.id}
      data-kind={v.kind}
      data-status={v.status}
      data-orphaned={v.orphaned}
      data-pid={v.pid}
      aria-current={active ? 'true' : undefined}
    >
      <button type="button" className="thread__head" data-testid="thread-select" onClick={() => onSelect(v.id)} title={t('threads.goTo')}>
        <span className="thread__where">
          <Icon name={waiver ? 'shield' : 'comment'} size={14} />
          <span className="thread__cite" data-testid="thread-provision">
            {cite ?? t('threads.provisionGone')}
          </span>
          {waiver && <span className="thread__kind">{t('threads.waiverHeading', { rule: waiver.ruleId })}</span>}
        </span>
        <span className={`thread-status thread-status--${v.status}`}>{t(resolved ? 'threads.status.resolved' : 'threads.status.open')}</span>
      </button>
      {quote && (
        <q className={`thread__quote${v.orphaned ? ' is-gone' : ''}`} lang={billLang} data-testid="thread-quote">
          {quote}
        </q>
      )}
      {v.orphaned && (
        <p className="thread__orphaned" data-testid="thread-orphaned" role="note">
          <Icon name="alert" size={13} />
          {t(v.orphanReason === 'provision-missing' ? 'threads.orphanedProvisionMissing' : 'threads.orphanedTextDeleted')}
        </p>
      )}
      {waiver && (
        <p className={`thread__waiver${v.waiverInForce ? ' is-in-force' : ' is-lapsed'}`} data-testid="waiver-state" data-in-force={!!v.waiverInForce}>
          {t(v.waiverInForce ? 'threads.waiverInForce' : 'threads.waiverLapsed')}
        </p>
      )}
      <ol className="thread__comments">
        {v.comments.map((c) => (
          <CommentItem key={c.id} review={review} threadId={v.id} comment={c} now={now} />
        ))}
      </ol>
      {resolved && v.statusBy && (
        <p className="thread__status-note" data-testid="thread-resolved-by">
          {t('threads.resolvedBy', { name: v.statusBy.displayName, time: v.statusAt ? formatUpdated(v.statusAt, lang, now) : '' })}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!resolved && review.canComment && <ReplyBox review={review} threadId={v.id} />}
      {review.canResolve && (
        <div className="thread__actions">
          {resolved ? (
            <button type="button" className="btn btn--small" data-testid="reopen-thread" disabled={busy} onClick={() => void setStatus('open')}>
              <Icon name="refresh" size={14} />
              {t('threads.reopen')}
            </button>
          ) : (
            <button type="button" className="btn btn--small" data-testid="resolve-thread" disabled={busy} onClick={() => void setStatus('resolved')}>
              <Icon name="check" size={14} />
              {t('threads.resolve')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
