import { useCallback } from 'react';
import { createPortal } from 'react-dom';
import type { SidePanelTabProps } from '../sidePanel/SidePanelTab';
import { goToProvision } from '../xref/goToProvision';
import { GuidancePanel } from './GuidancePanel';
import { useBillGuidance } from './useBillGuidance';
import { useGuidanceMarks } from './useGuidanceMarks';

/**
 * Drafting guidance for the side panel: loads the bill's guidance once, keeps the margin markers on the
 * provisions that have some, and (while open) shows the note for the provision at the cursor.
 */
export function GuidanceTab({ editor, billId, lang, editable, panel, open }: SidePanelTabProps) {
  const { state, reload } = useBillGuidance(billId);
  const activate = useCallback(
    (pid: string) => {
      goToProvision(editor, pid);
      open();
    },
    [editor, open],
  );
  useGuidanceMarks(editor, state.status === 'ready' ? state.data : null, activate);
  if (!panel) return null;
  return createPortal(
    <GuidancePanel editor={editor} billId={billId} resource={state} reload={reload} lang={lang} editable={editable} />,
    panel,
  );
}
