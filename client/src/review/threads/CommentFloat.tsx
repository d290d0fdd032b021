import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useEditorState, type Editor } from '@tiptap/react';
import { Icon } from '../../components/Icon';
import { getFindings } from '../../editor/findings/findingsState';
import { formatShortcut, isMacPlatform, shortcuts } from '../../editor/shortcuts';
import { useT } from '../../i18n/useT';
import { pageOf, placeInPage } from './placeInPage';
import { selectionTarget } from './selectionTarget';
import { startComment } from './threadCommands';
import { getThreads } from './threadsPlugin';

const mac = isMacPlatform();

/** A “Comment” button just above selected words (also in read-only editors, for reviewers). */
export function CommentFloat({ editor }: { editor: Editor }) {
  const t = useT();
  const ref = useRef<HTMLButtonElement>(null);
  const target = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = getThreads(e.state);
      // Not while writing a comment, nor over a finding's card (the findings panel selects its words).
      if (!s?.options.canComment || s.draft || getFindings(e.state)?.card) return null;
      const sel = selectionTarget(e.state);
      if (!sel) return null;
      // A thread just selected from the panel already is the comment on these words.
      const onActive = s.decorations
        .find(sel.from, sel.to, (spec: { threadId?: unknown }) => spec.threadId === s.activeId)
        .some((d) => d.from === sel.from && d.to === sel.to);
      return onActive ? null : { from: sel.from, to: sel.to };
    },
  });

  useLayoutEffect(() => {
    if (ref.current && target) placeInPage(editor.view, ref.current, target.from, target.to, true);
  });

  const host = target ? pageOf(editor.view) : null;
  if (!target || !host) return null;
  const label = t('comment.float');
  return createPortal(
    <button
      ref={ref}
      type="button"
      className="comment-float"
      data-testid="comment-float"
      title={`${t('cmd.comment.hint')} (${formatShortcut(shortcuts.comment, mac)})`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => startComment(editor.view)}
    >
      <Icon name="comment" size={15} />
      {label}
    </button>,
    host,
  );
}
