import type { Editor } from '@tiptap/core';
import { getNumbering } from '../extensions/Numbering';
import { focusProvision } from '../outline/focusProvision';

/** Puts the cursor at the start of the provision with `pid` and scrolls to it (no-op when it is gone). */
export function goToProvision(editor: Editor, pid: string): void {
  const entry = getNumbering(editor.state)?.provisions.find((p) => p.num.pid === pid);
  if (entry) focusProvision(editor, entry.pos);
}
