import { useEffect } from 'react';
import type { Editor } from '@tiptap/react';
import type { BillGuidance } from '../../../../core/templates/types';
import { useT } from '../../i18n/useT';
import { guidanceMarksKey, guidanceMarksPlugin } from './guidanceMarksPlugin';

/** Shows margin markers on provisions with guidance or alternatives while `guidance` is loaded. */
export function useGuidanceMarks(editor: Editor, guidance: BillGuidance | null, activate: (pid: string) => void): void {
  const t = useT();
  useEffect(() => {
    if (!guidance || editor.isDestroyed) return;
    const alternatives = new Map(Object.entries(guidance.alternatives).map(([pid, list]) => [pid, list.length]));
    if (!Object.keys(guidance.guidance).length && !alternatives.size) return;
    editor.registerPlugin(
      guidanceMarksPlugin({
        notes: new Set(Object.keys(guidance.guidance)),
        alternatives,
        title: (hasNote, count) =>
          count
            ? t(hasNote ? 'guidance.markNoteAlternatives' : 'guidance.markAlternatives', { count })
            : t('guidance.markNote'),
        activate,
      }),
    );
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(guidanceMarksKey);
    };
  }, [editor, guidance, activate, t]);
}
