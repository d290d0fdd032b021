import type { Node as PMNode } from '@tiptap/pm/model';
import type { Command } from '@tiptap/pm/state';
import { FIRST_TEXT_OFFSET, insertProvision } from './insertProvision';
import { newChapter } from './newNodes';

/** Position just before the first 附則 (the end of the main provisions). */
function endOfMainProvisions(doc: PMNode): number {
  let pos = 0;
  for (let i = 0; i < doc.childCount; i += 1) {
    const child = doc.child(i);
    if (child.type.name === 'supplProvision') return pos;
    pos += child.nodeSize;
  }
  return pos;
}

/** A new chapter (empty title, one empty article) after the top-level block at the cursor; the cursor moves into its title. */
export const insertChapter: Command = (state, dispatch) => {
  const { $from } = state.selection;
  let pos: number;
  if ($from.depth >= 1 && $from.node(1).type.name !== 'supplProvision') {
    pos = $from.after(1);
  } else {
    pos = endOfMainProvisions(state.doc);
  }
  const tr = state.tr;
  if (!insertProvision(tr, pos, newChapter(state.schema), FIRST_TEXT_OFFSET)) return false;
  dispatch?.(tr);
  return true;
};
