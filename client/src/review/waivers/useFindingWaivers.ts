import { useEffect, useMemo } from 'react';
import type { Editor } from '@tiptap/react';
import type { ThreadRecord } from '../../../../core/review';
import type { FindingWaiver } from '../../editor/findings/findingWaivers';
import { useT } from '../../i18n/useT';
import { useReviewSnapshot } from '../session/ReviewContext';
import type { ReviewSession } from '../session/ReviewSession';
import { findingWaivers } from './findingWaivers';

/**
 * Lends the editor's findings plugin the review document's waivers, live: waived findings are then
 * counted, listed and drawn as waived, in the gutter, the text and the findings panel alike.
 */
export function useFindingWaivers(editor: Editor, session: ReviewSession | null | undefined): void {
  const t = useT();
  const { records } = useReviewSnapshot(session);
  // One cache per language (a waiver carries its tooltip).
  const lent = useMemo(() => {
    const cache = new WeakMap<ThreadRecord, FindingWaiver>();
    return (list: readonly ThreadRecord[]) => findingWaivers(list, (reason) => t('waiver.waivedTitle', { reason }), cache);
  }, [t]);
  const waivers = useMemo(() => lent(records), [lent, records]);
  useEffect(() => {
    if (!editor.isDestroyed) editor.commands.setFindingWaivers(waivers);
  }, [editor, waivers]);
}
