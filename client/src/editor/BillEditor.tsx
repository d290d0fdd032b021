import { EditorContent } from '@tiptap/react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { BillLang } from '../../../core/bill';
import type { Identity } from '../collab/identity';
import { useT } from '../i18n/useT';
import { Toolbar } from './menus/Toolbar';
import { OutlineSidebar } from './outline/OutlineSidebar';
import { SidePanel } from './sidePanel/SidePanel';
import { sidePanelTabs } from './sidePanel/sidePanelTabs';
import { useBillEditor } from './useBillEditor';
import { useXrefNavigation } from './xref/useXrefNavigation';

export interface BillEditorProps {
  /** The bill's id: side-panel tabs load what belongs to it (guidance …). */
  billId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: Identity;
  lang: BillLang;
  /** False for reviewers and viewers (and while the connection is refused). */
  editable?: boolean;
}

/** The editing workspace: toolbar, outline sidebar, and the bill as a page. */
export function BillEditor({ billId, doc, provider, user, lang, editable = true }: BillEditorProps) {
  const t = useT();
  const editor = useBillEditor({ doc, provider, user, lang, editable, label: t('editor.billTextLabel') });
  useXrefNavigation(editor);
  return (
    <div className="editor-shell">
      {editable && <Toolbar editor={editor} lang={lang} />}
      <div className="workspace workspace--docked">
        <OutlineSidebar editor={editor} lang={lang} />
        <main id="main" className="page-scroll" tabIndex={-1}>
          <article className={`page page--${lang}`} data-testid="bill-editor" data-editable={editable}>
            <EditorContent editor={editor} />
          </article>
        </main>
        <SidePanel tabs={sidePanelTabs} editor={editor} billId={billId} lang={lang} editable={editable} />
      </div>
    </div>
  );
}
