import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SidePanelTabProps } from '../../editor/sidePanel/SidePanelTab';
import { NAVIGATE_EVENT } from '../../router/navigate';
import { useReview, useReviewSnapshot, type ReviewScopeValue } from '../session/ReviewContext';
import { CommentComposer } from './CommentComposer';
import { CommentFloat } from './CommentFloat';
import { provisionTextsOf } from './computeThreadViews';
import { initialFilter, inTab, type ThreadFilter } from './filterThreads';
import { activateThread, finishDraft, selectThread, startComment } from './threadCommands';
import { ThreadsPanel } from './ThreadsPanel';
import { useThreadsPlugin } from './useThreadsPlugin';

/** `#thread=<id>` (a notification's link) names a thread to show. */
const threadInHash = () => /^#thread=([\w-]+)$/.exec(window.location.hash)?.[1] ?? null;

/** True for Ctrl+Alt+M (⌘⌥M on a Mac), whatever character Alt makes of the M. */
const isCommentKey = (event: KeyboardEvent) =>
  event.altKey && (event.ctrlKey || event.metaKey) && !event.shiftKey && event.code === 'KeyM';

function ThreadsLayer({ editor, lang, panel, open, review }: SidePanelTabProps & { review: ReviewScopeValue }) {
  const { session, canComment } = review;
  const { views } = useReviewSnapshot(session);
  const [filter, setFilter] = useState<ThreadFilter>(initialFilter);
  const [pending, setPending] = useState<string | null>(threadInHash);

  /** Shows thread `id` in the panel: its tab, no filter hiding it. */
  const reveal = useCallback(
    (id: string) => {
      const thread = session.getSnapshot().views?.find((v) => v.id === id);
      setFilter((f) => {
        if (!thread) return f;
        const tab = inTab(thread, f.tab) ? f.tab : thread.orphaned ? 'orphaned' : thread.status;
        return { ...initialFilter, tab };
      });
      open();
    },
    [session, open],
  );
  const onBadge = useCallback(
    (pid: string) => {
      setFilter({ ...initialFilter, pid });
      open();
    },
    [open],
  );
  const openThread = useCallback(
    (id: string) => {
      selectThread(editor.view, id);
      if (editor.isEditable) editor.view.focus();
      reveal(id);
    },
    [editor, reveal],
  );

  useThreadsPlugin(editor, { session, lang, canComment, onActivate: reveal, onBadge });

  useEffect(() => {
    session.setBridge({ openThread, provisionText: (pid) => provisionTextsOf(editor.state, lang)(pid) });
    return () => session.setBridge(null);
  }, [session, editor, lang, openThread]);

  // The comment shortcut works in read-only editors too, where the page (not the text) has focus.
  useEffect(() => {
    if (!canComment) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isCommentKey(event) || editor.isDestroyed) return;
      const target = event.target;
      const inPage = target instanceof Node && (editor.view.dom.contains(target) || !!(target as Element).closest?.('.page-scroll'));
      if ((inPage || target === document.body) && startComment(editor.view)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, canComment]);

  // A link to a thread (#thread=<id>), now or after a later navigation.
  useEffect(() => {
    const onNavigate = () => setPending(threadInHash());
    window.addEventListener(NAVIGATE_EVENT, onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener(NAVIGATE_EVENT, onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, []);
  useEffect(() => {
    if (!pending || !views?.some((v) => v.id === pending)) return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    const id = pending;
    // After this render: the panel opens and the editor selects the words.
    const timer = setTimeout(() => {
      setPending(null);
      openThread(id);
    }, 0);
    return () => clearTimeout(timer);
  }, [pending, views, openThread]);

  const onPosted = useCallback(
    (id: string) => {
      finishDraft(editor.view);
      activateThread(editor.view, id);
      setFilter((f) => ({ ...f, tab: f.tab === 'all' ? 'all' : 'open' }));
      open();
      if (editor.isEditable) editor.view.focus();
    },
    [editor, open],
  );

  return (
    <>
      {canComment && <CommentFloat editor={editor} />}
      {canComment && <CommentComposer editor={editor} review={review} billLang={lang} onPosted={onPosted} />}
      {panel &&
        createPortal(
          <ThreadsPanel
            editor={editor}
            review={review}
            views={views}
            billLang={lang}
            filter={filter}
            onFilter={setFilter}
            onSelect={openThread}
          />,
          panel,
        )}
    </>
  );
}

/** Review threads (issue 6): highlights, badges and the composer in the text; the list in the side panel. */
export function ThreadsTab(props: SidePanelTabProps) {
  const review = useReview();
  return review ? <ThreadsLayer {...props} review={review} /> : null;
}
