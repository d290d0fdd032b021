import { useState } from 'react';
import type { CommentRecord } from '../../../../core/review';
import { describeError } from '../../i18n/describeError';
import { formatDateTime, formatUpdated } from '../../i18n/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { reviewApi } from '../reviewApi';
import type { ReviewScopeValue } from '../session/ReviewContext';
import { CommentText } from './CommentText';
import { MentionTextarea } from './MentionTextarea';

interface CommentItemProps {
  review: ReviewScopeValue;
  threadId: string;
  comment: CommentRecord;
  now: number;
}

/** One comment: author, time, edited marker, the text; its author may edit or delete it. */
export function CommentItem({ review, threadId, comment: c, now }: CommentItemProps) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = c.author.id === review.me.id;
  const deleted = !!c.deletedAt;

  const run = async (action: () => Promise<unknown>, after: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      after();
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    const body = editing?.trim() ?? '';
    if (!body || busy) return;
    void run(() => reviewApi.editComment(review.billId, threadId, c.id, body), () => setEditing(null));
  };
  const remove = () =>
    void run(() => reviewApi.deleteComment(review.billId, threadId, c.id), () => setConfirming(false));

  return (
    <li className={`comment${deleted ? ' is-deleted' : ''}`} data-testid="comment" data-comment-id={c.id} data-author={c.author.username}>
      <div className="comment__meta">
        <span className="comment__author">
          {c.author.displayName}
          {mine && <span className="comment__you"> {t('threads.you')}</span>}
        </span>
        <time className="comment__time" dateTime={c.createdAt} title={formatDateTime(c.createdAt, lang)}>
          {formatUpdated(c.createdAt, lang, now)}
        </time>
        {c.editedAt && !deleted && (
          <span className="comment__edited" data-testid="comment-edited" title={formatDateTime(c.editedAt, lang)}>
            {t('threads.edited')}
          </span>
        )}
      </div>
      {deleted ? (
        <p className="comment__body comment__body--deleted">{t('threads.deleted')}</p>
      ) : editing !== null ? (
        <div className="comment__edit">
          <MentionTextarea
            session={review.session}
            meId={review.me.id}
            value={editing}
            onChange={setEditing}
            onSubmit={save}
            onCancel={() => setEditing(null)}
            label={t('threads.editLabel')}
            placeholder={t('comment.placeholder')}
            testId="comment-edit-body"
            autoFocus
            disabled={busy}
          />
          <div className="comment__actions">
            <button type="button" className="btn btn--small btn--ghost" onClick={() => setEditing(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn--small btn--primary"
              data-testid="comment-edit-save"
              disabled={busy || !editing.trim()}
              onClick={save}
            >
              {t('common.save')}
            </button>
          </div>
        </div>
      ) : (
        <CommentText body={c.body} mentions={c.mentions} meId={review.me.id} />
      )}
      {mine && !deleted && editing === null && (
        <div className="comment__tools">
          {confirming ? (
            <>
              <span className="comment__confirm">{t('threads.deleteConfirm')}</span>
              <button type="button" className="link-btn" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="link-btn link-btn--danger"
                data-testid="comment-delete-confirm"
                disabled={busy}
                onClick={remove}
              >
                {t('threads.delete')}
              </button>
            </>
          ) : (
            <>
              {review.canComment && (
                <button type="button" className="link-btn" data-testid="comment-edit" onClick={() => setEditing(c.body)}>
                  {t('threads.edit')}
                </button>
              )}
              <button type="button" className="link-btn" data-testid="comment-delete" onClick={() => setConfirming(true)}>
                {t('threads.delete')}
              </button>
            </>
          )}
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
