// The side panel's tabs, in rail order. A feature adds one line here; everything else lives in its own folder.
import { guidanceTab } from '../guidance/guidanceSidePanelTab';
import { findingsTab } from '../../review/findings/findingsTab';
import { threadsTab } from '../../review/threads/threadsSidePanelTab';
import type { SidePanelTab } from './SidePanelTab';

export const sidePanelTabs: readonly SidePanelTab[] = [guidanceTab, findingsTab, threadsTab];
