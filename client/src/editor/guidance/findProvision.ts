import type { Node as PMNode } from '@tiptap/pm/model';
import { isProvisionType } from '../../../../core/bill';

/** The position of the provision with `pid` (its first occurrence), or null when it is gone. */
export function findProvision(doc: PMNode, pid: string): { pos: number; node: PMNode } | null {
  let found: { pos: number; node: PMNode } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.pid === pid && isProvisionType(node.type.name)) {
      found = { pos, node };
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}
