import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { isProvisionType } from '../../../../core/bill';

/** A node around a position, with where it starts and how deep it sits. */
export interface Found {
  node: PMNode;
  pos: number;
  depth: number;
}

/** The innermost ancestor of `$pos` whose type is in `types`. */
export function findAncestor($pos: ResolvedPos, types: readonly string[]): Found | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (types.includes(node.type.name)) return { node, pos: $pos.before(depth), depth };
  }
  return null;
}

/** The innermost provision (article, paragraph, item …) around `$pos`. */
export function innermostProvision($pos: ResolvedPos): Found | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (isProvisionType(node.type.name)) return { node, pos: $pos.before(depth), depth };
  }
  return null;
}

/** The provision one level up from `found`, when that parent is itself a provision. */
export function parentProvision($pos: ResolvedPos, found: Found): Found | null {
  const depth = found.depth - 1;
  if (depth < 1) return null;
  const node = $pos.node(depth);
  return isProvisionType(node.type.name) ? { node, pos: $pos.before(depth), depth } : null;
}
