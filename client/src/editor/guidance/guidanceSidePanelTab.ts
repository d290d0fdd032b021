import type { SidePanelTab } from '../sidePanel/SidePanelTab';
import { GuidanceTab } from './GuidanceTab';

/** Drafting guidance and clause alternatives, beside the provision at the cursor. */
export const guidanceTab: SidePanelTab = {
  id: 'guidance',
  label: 'guidance.tab',
  icon: 'guidance',
  toggleTestId: 'toggle-guidance',
  Component: GuidanceTab,
};
