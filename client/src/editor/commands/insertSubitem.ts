import type { Command } from '@tiptap/pm/state';
import { findAncestor } from './findAncestor';
import { FIRST_TEXT_OFFSET, insertProvision } from './insertProvision';
import { newSubitem } from './newNodes';

/** A new subitem after the subitem at the cursor, or the first subitem when the cursor is in the item's sentence. */
export const insertSubitem: Command = (state, dispatch) => {
  const { $from } = state.selection;
  const subitem = findAncestor($from, ['subitem']);
  let pos: number | null = null;
  if (subitem) pos = subitem.pos + subitem.node.nodeSize;
  else if ($from.parent.type.name === 'itemSentence') pos = $from.after();
  if (pos === null) return false;
  const tr = state.tr;
  if (!insertProvision(tr, pos, newSubitem(state.schema), FIRST_TEXT_OFFSET)) return false;
  dispatch?.(tr);
  return true;
};
