import { useEffect } from 'react';
import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import { useT } from '../../i18n/useT';
import type { ReviewSession } from '../session/ReviewSession';
import { threadsKey, threadsPlugin } from './threadsPlugin';

interface ThreadsPluginHookOptions {
  session: ReviewSession;
  lang: BillLang;
  canComment: boolean;
  onActivate(threadId: string): void;
  onBadge(pid: string): void;
}

/** Registers the review layer in the editor while the review session is open (again when its inputs change). */
export function useThreadsPlugin(editor: Editor, { session, lang, canComment, onActivate, onBadge }: ThreadsPluginHookOptions): void {
  const t = useT();
  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.registerPlugin(
      threadsPlugin({
        session,
        lang,
        canComment,
        badgeTitle: (count) => t('threads.badge', { count }),
        onActivate,
        onBadge,
      }),
    );
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(threadsKey);
    };
  }, [editor, session, lang, canComment, onActivate, onBadge, t]);
}
