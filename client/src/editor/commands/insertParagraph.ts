import type { Command } from '@tiptap/pm/state';
import { findAncestor } from './findAncestor';
import { FIRST_TEXT_OFFSET, insertProvision } from './insertProvision';
import { newParagraph } from './newNodes';

/** A new paragraph after the paragraph at the cursor (or first, when the cursor is in the caption). */
export const insertParagraph: Command = (state, dispatch) => {
  const { $from } = state.selection;
  const paragraph = findAncestor($from, ['paragraph']);
  let pos: number | null = null;
  if (paragraph) pos = paragraph.pos + paragraph.node.nodeSize;
  else if ($from.parent.type.name === 'articleCaption') pos = $from.after();
  if (pos === null) return false;
  const tr = state.tr;
  if (!insertProvision(tr, pos, newParagraph(state.schema), FIRST_TEXT_OFFSET)) return false;
  dispatch?.(tr);
  return true;
};
