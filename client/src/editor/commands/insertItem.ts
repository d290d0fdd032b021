import type { Command } from '@tiptap/pm/state';
import { findAncestor } from './findAncestor';
import { FIRST_TEXT_OFFSET, insertProvision } from './insertProvision';
import { newItem } from './newNodes';

/** A new item after the item at the cursor, or the first item when the cursor is in the paragraph's sentence. */
export const insertItem: Command = (state, dispatch) => {
  const { $from } = state.selection;
  const item = findAncestor($from, ['item']);
  let pos: number | null = null;
  if (item) pos = item.pos + item.node.nodeSize;
  else if ($from.parent.type.name === 'paragraphSentence') pos = $from.after();
  if (pos === null) return false;
  const tr = state.tr;
  if (!insertProvision(tr, pos, newItem(state.schema), FIRST_TEXT_OFFSET)) return false;
  dispatch?.(tr);
  return true;
};
