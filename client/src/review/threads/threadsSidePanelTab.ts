import type { SidePanelTab } from '../../editor/sidePanel/SidePanelTab';
import { ThreadsTab } from './ThreadsTab';

/** Review threads on the bill's words: the panel, and highlights and badges in the text. */
export const threadsTab: SidePanelTab = {
  id: 'threads',
  label: 'threads.tab',
  icon: 'comment',
  toggleTestId: 'toggle-threads',
  Component: ThreadsTab,
};
