import type { Editor } from '@tiptap/core';
import { focusProvision } from '../outline/focusProvision';
import { findProvision } from '../guidance/findProvision';
import { flashMeta } from './xrefNavigationPlugin';

/** Moves the cursor to the provision `pid`, scrolls it into view and highlights it briefly; false when it is gone. */
export function goToProvision(editor: Editor, pid: string): boolean {
  if (editor.isDestroyed) return false;
  const found = findProvision(editor.state.doc, pid);
  if (!found) return false;
  focusProvision(editor, found.pos);
  editor.view.dispatch(editor.state.tr.setMeta(...flashMeta(pid)));
  return true;
}
