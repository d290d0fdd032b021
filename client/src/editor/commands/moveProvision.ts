import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type Command } from '@tiptap/pm/state';
import { innermostProvision, parentProvision, type Found } from './findAncestor';

function countOfType(parent: PMNode, type: PMNode['type']): number {
  let n = 0;
  parent.forEach((child) => {
    if (child.type === type) n += 1;
  });
  return n;
}

/**
 * Swaps the provision at the cursor with its previous (-1) or next (1) sibling of the same type,
 * keeping every pid. A provision that is the only one of its kind (the single paragraph of an
 * article) moves as its parent.
 */
export function moveProvision(dir: -1 | 1): Command {
  return (state, dispatch) => {
    const { $from, anchor, head } = state.selection;
    let target: Found | null = innermostProvision($from);
    while (target && countOfType($from.node(target.depth - 1), target.node.type) === 1) {
      const up = parentProvision($from, target);
      if (!up) break;
      target = up;
    }
    if (!target) return false;
    const parent = $from.node(target.depth - 1);
    const sibling = parent.maybeChild($from.index(target.depth - 1) + dir);
    if (!sibling || sibling.type !== target.node.type) return false;

    const tr = state.tr;
    const { pos, node } = target;
    // Only the moved node is re-created; the sibling it passes stays untouched for co-authors.
    tr.delete(pos, pos + node.nodeSize);
    const newPos = dir < 0 ? pos - sibling.nodeSize : pos + sibling.nodeSize;
    tr.insert(newPos, node);
    const inside = (p: number) => p >= pos && p <= pos + node.nodeSize;
    const shift = (p: number) => newPos + (p - pos);
    const selection =
      inside(anchor) && inside(head)
        ? TextSelection.create(tr.doc, shift(anchor), shift(head))
        : TextSelection.near(tr.doc.resolve(newPos + 1));
    tr.setSelection(selection);
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}
