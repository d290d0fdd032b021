import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/** Focuses the editor with the cursor at the start of the bill's first sentence (or caption when no sentence). */
export function focusFirstSentence(editor: Editor): void {
  const { state, view } = editor;
  let target: number | null = null;
  state.doc.descendants((node, pos) => {
    if (target !== null) return false;
    if (node.type.name === 'paragraphSentence') {
      target = pos + 1;
      return false;
    }
    return !node.isTextblock;
  });
  if (target === null) return;
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, target)));
  view.focus();
}
