import { useEffect } from 'react';
import type { Editor } from '@tiptap/react';
import { useT } from '../../i18n/useT';
import { goToProvision } from './goToProvision';
import { xrefNavigationKey, xrefNavigationPlugin } from './xrefNavigationPlugin';

/** Makes the editor's cross-references links (tooltips in the interface language, click to follow). */
export function useXrefNavigation(editor: Editor): void {
  const t = useT();
  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.registerPlugin(
      xrefNavigationPlugin({
        followTitle: (cite) => t('xref.followTitle', { cite }),
        brokenTitle: t('xref.brokenTitle'),
        follow: (pid) => goToProvision(editor, pid),
      }),
    );
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(xrefNavigationKey);
    };
  }, [editor, t]);
}
