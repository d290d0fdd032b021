import { Selection, type Command } from '@tiptap/pm/state';
import { innermostProvision, parentProvision, type Found } from './findAncestor';

/**
 * Deletes the provision at the cursor. When its parent cannot do without it (the only paragraph of
 * an article), the parent goes instead; the bill's last remaining article is never deleted.
 */
export const deleteProvision: Command = (state, dispatch) => {
  const { $from } = state.selection;
  let target: Found | null = innermostProvision($from);
  while (target) {
    const index = $from.index(target.depth - 1);
    if ($from.node(target.depth - 1).canReplace(index, index + 1)) break;
    target = parentProvision($from, target);
  }
  if (!target) return false;
  const parent = $from.node(target.depth - 1);
  const hasNext = $from.index(target.depth - 1) + 1 < parent.childCount;
  const tr = state.tr;
  tr.delete(target.pos, target.pos + target.node.nodeSize);
  // The cursor goes on to what followed the provision, or back to what preceded it when it was last.
  const $at = tr.doc.resolve(Math.min(target.pos, tr.doc.content.size));
  tr.setSelection(Selection.near($at, hasNext ? 1 : -1));
  dispatch?.(tr.scrollIntoView());
  return true;
};
