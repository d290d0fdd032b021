// The contract between the editor's right-hand side panel and the features that put a tab in it
// (drafting guidance, legal-risk findings …). Register a tab in sidePanelTabs.ts.
import type { ComponentType } from 'react';
import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import type { IconName } from '../../components/Icon';
import type { StringKey } from '../../i18n/strings';

/** What every tab component receives. */
export interface SidePanelTabProps {
  editor: Editor;
  billId: string;
  lang: BillLang;
  editable: boolean;
  /**
   * Where the tab renders its panel body (with createPortal) while it is the open tab; null while the
   * panel is closed or shows another tab. The component itself stays mounted either way, so it can keep
   * data, editor plugins and margin markers alive.
   */
  panel: HTMLElement | null;
  /** Opens the panel on this tab (from a margin marker, a shortcut …). */
  open(): void;
}

/** One tab of the side panel. */
export interface SidePanelTab {
  /** Stable id, also what localStorage remembers. */
  id: string;
  /** Tab name (the rail button's label and the panel heading). */
  label: StringKey;
  icon: IconName;
  /** data-testid of the rail button that opens and closes this tab. */
  toggleTestId: string;
  /** Always mounted while the editor is; renders its body into `panel` when open. */
  Component: ComponentType<SidePanelTabProps>;
}
