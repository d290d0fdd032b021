import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/** Puts the cursor at the start of the provision at `pos` and scrolls it to the top of the page. */
export function focusProvision(editor: Editor, pos: number): void {
  const { state, view } = editor;
  if (pos < 0 || pos >= state.doc.content.size) return;
  const selection = TextSelection.near(state.doc.resolve(pos + 1));
  view.dispatch(state.tr.setSelection(selection));
  view.focus();
  const dom = view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start', behavior: 'smooth' });
}
