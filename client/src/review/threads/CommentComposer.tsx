import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useEditorState, type Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import { ApiError } from '../../api/ApiError';
import { describeError } from '../../i18n/describeError';
import { useT } from '../../i18n/useT';
import { reviewApi } from '../reviewApi';
import type { ReviewScopeValue } from '../session/ReviewContext';
import { MentionTextarea } from './MentionTextarea';
import { pageOf, placeInPage } from './placeInPage';
import { closeDraft } from './threadCommands';
import { getThreads } from './threadsPlugin';

const RETRIES = 3;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface CommentComposerProps {
  editor: Editor;
  review: ReviewScopeValue;
  billLang: BillLang;
  /** The thread was created. */
  onPosted(threadId: string): void;
}

/** The new-comment form under the selected words, while a comment is being written. */
export function CommentComposer(props: CommentComposerProps) {
  const { editor } = props;
  const draft = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const d = getThreads(e.state)?.draft;
      return d ? { from: d.from, to: d.to, quote: d.anchor.quote, key: d.anchor.start } : null;
    },
  });
  const host = draft ? pageOf(editor.view) : null;
  if (!draft || !host) return null;
  return createPortal(<ComposerForm key={draft.key} {...props} draft={draft} />, host);
}

function ComposerForm({ editor, review, billLang, onPosted, draft }: CommentComposerProps & { draft: { from: number; to: number; quote: string } }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useLayoutEffect(() => {
    if (ref.current) placeInPage(editor.view, ref.current, draft.from, draft.to);
  });

  const cancel = () => {
    closeDraft(editor.view);
    if (editor.isEditable) editor.view.focus();
  };

  const submit = async () => {
    const text = body.trim();
    const d = getThreads(editor.state)?.draft;
    if (!text || !d || busy) return;
    setBusy(true);
    setError(null);
    const anchor = { pid: d.pid, quote: d.anchor.quote, start: d.anchor.start, end: d.anchor.end };
    for (let attempt = 0; ; attempt++) {
      try {
        const thread = await reviewApi.create(review.billId, anchor, text);
        setBusy(false);
        onPosted(thread.id);
        return;
      } catch (err) {
        // 409: the server has not yet received the words just typed (or they changed): try again briefly.
        if (err instanceof ApiError && err.status === 409 && attempt < RETRIES) {
          await pause(300 * (attempt + 1));
          continue;
        }
        setError(err instanceof ApiError && err.status === 409 ? t('comment.conflict') : describeError(err, t));
        setBusy(false);
        return;
      }
    }
  };

  return (
    <div
      ref={ref}
      className="comment-composer"
      data-testid="comment-composer"
      role="dialog"
      aria-label={t('comment.composerLabel', { quote: draft.quote })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
      }}
    >
      <q className="comment-composer__quote" lang={billLang}>
        {draft.quote}
      </q>
      <MentionTextarea
        session={review.session}
        meId={review.me.id}
        value={body}
        onChange={setBody}
        onSubmit={() => void submit()}
        onCancel={cancel}
        label={t('comment.bodyLabel')}
        placeholder={t('comment.placeholder')}
        testId="comment-body"
        autoFocus
        disabled={busy}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-composer__actions">
        <span className="field-hint">{t('threads.sendHint')}</span>
        <button type="button" className="btn btn--small btn--ghost" onClick={cancel}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn--small btn--primary"
          data-testid="comment-submit"
          disabled={busy || !body.trim()}
          onClick={() => void submit()}
        >
          {t(busy ? 'comment.submitting' : 'comment.submit')}
        </button>
      </div>
    </div>
  );
}
