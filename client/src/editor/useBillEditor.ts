import { useEffect } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { UniquePids, billExtensions, type BillLang } from '../../../core/bill';
import { CONTENT_FIELD } from '../../../core/collab';
import type { Identity } from '../collab/identity';
import { ActiveProvision } from './extensions/ActiveProvision';
import { BillCommands } from './extensions/BillCommands';
import { Numbering } from './extensions/Numbering';
import { Placeholders } from './extensions/Placeholders';
import { Findings } from './findings/Findings';
import { focusFirstSentence } from './focusFirstSentence';

export interface BillEditorOptions {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: Identity;
  /** The bill's language: numbering style and placeholders. */
  lang: BillLang;
  editable: boolean;
  /** Accessible name of the text area. */
  label: string;
}

/** The Tiptap editor bound to a bill's Y.Doc: core schema, Yjs sync and undo, carets, numbering, commands. */
export function useBillEditor({ doc, provider, user, lang, editable, label }: BillEditorOptions): Editor {
  const editor = useEditor(
    {
      extensions: [
        ...billExtensions,
        UniquePids,
        Collaboration.configure({ document: doc, field: CONTENT_FIELD }),
        CollaborationCaret.configure({ provider, user: { name: user.name, color: user.color } }),
        Numbering.configure({ lang }),
        Placeholders.configure({ lang }),
        ActiveProvision,
        BillCommands,
        Findings.configure({ lang }),
      ],
      editable,
      // Open with the cursor in the first sentence, so one can start typing (and co-authors see where you are).
      onCreate: ({ editor: created }) => {
        if (created.isEditable) focusFirstSentence(created);
      },
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: `bw-bill bw-lang-${lang}`,
          lang,
          spellcheck: 'false',
          'aria-label': label,
          'aria-multiline': 'true',
        },
      },
    },
    [doc, provider, lang],
  );

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return editor;
}
