import { createPortal } from 'react-dom';
import { FindingCardLayer } from '../../editor/findings/FindingCardLayer';
import type { SidePanelTab, SidePanelTabProps } from '../../editor/sidePanel/SidePanelTab';
import { useReview } from '../session/ReviewContext';
import { useFindingWaivers } from '../waivers/useFindingWaivers';
import { FindingsPanel } from './FindingsPanel';

/**
 * Always mounted: the card over the text lives here, and the waivers the findings are checked against;
 * the panel body only while the tab is open.
 */
function FindingsTab({ editor, lang, editable, panel }: SidePanelTabProps) {
  useFindingWaivers(editor, useReview()?.session);
  return (
    <>
      <FindingCardLayer editor={editor} billLang={lang} editable={editable} />
      {panel && createPortal(<FindingsPanel editor={editor} billLang={lang} />, panel)}
    </>
  );
}

/** Legal-risk findings (issue 5): the panel, and the finding card over the text. */
export const findingsTab: SidePanelTab = {
  id: 'findings',
  label: 'findings.tab',
  icon: 'alert',
  toggleTestId: 'toggle-findings',
  Component: FindingsTab,
};
