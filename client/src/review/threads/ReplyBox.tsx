import { useState } from 'react';
import { describeError } from '../../i18n/describeError';
import { useT } from '../../i18n/useT';
import { reviewApi } from '../reviewApi';
import type { ReviewScopeValue } from '../session/ReviewContext';
import { MentionTextarea } from './MentionTextarea';

/** The reply box under a thread (for those who may comment). */
export function ReplyBox({ review, threadId }: { review: ReviewScopeValue; threadId: string }) {
  const t = useT();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    const text = body.trim();
    if (!text || busy) return;
    setBusy(true);
    setError(null);
    try {
      await reviewApi.reply(review.billId, threadId, text);
      setBody('');
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="thread__reply">
      <MentionTextarea
        session={review.session}
        meId={review.me.id}
        value={body}
        onChange={setBody}
        onSubmit={() => void send()}
        label={t('threads.replyLabel')}
        placeholder={t('threads.replyPlaceholder')}
        testId="reply-body"
        rows={2}
        disabled={busy}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {body.trim() && (
        <div className="thread__reply-actions">
          <span className="field-hint">{t('threads.sendHint')}</span>
          <button type="button" className="btn btn--small btn--primary" data-testid="reply-submit" disabled={busy} onClick={() => void send()}>
            {t('threads.reply')}
          </button>
        </div>
      )}
    </div>
  );
}
