import type { Editor } from '@tiptap/react';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type { Alternative } from '../../../../core/templates/types';
import { swapAlternative } from './swapAlternative';

interface Capturing {
  stopCapturing(): void;
}

/**
 * Swaps the alternative in as one undo step: the Yjs UndoManager merges changes made close together, so
 * capturing stops right before and right after the single transaction.
 */
export function chooseAlternative(editor: Editor, pid: string, alternative: Alternative): boolean {
  if (editor.isDestroyed || !editor.isEditable) return false;
  const undo = (yUndoPluginKey.getState(editor.state) as { undoManager?: Capturing } | undefined)?.undoManager;
  undo?.stopCapturing();
  const done = swapAlternative(pid, alternative)(editor.state, editor.view.dispatch);
  undo?.stopCapturing();
  if (done) editor.view.focus();
  return done;
}
