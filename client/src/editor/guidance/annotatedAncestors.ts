// Which provisions around the cursor carry drafting guidance or clause alternatives.
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { isProvisionType } from '../../../../core/bill';

/** A provision around the cursor that has guidance, alternatives or both. */
export interface AnnotatedProvision {
  pid: string;
  pos: number;
  node: PMNode;
}

/** Pids that have something to show (guidance notes and alternatives together). */
export interface Annotated {
  has(pid: string): boolean;
}

/** Provisions around `$pos` with guidance or alternatives, innermost first (walking up from the cursor). */
export function annotatedAncestors($pos: ResolvedPos, annotated: Annotated): AnnotatedProvision[] {
  const out: AnnotatedProvision[] = [];
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    const pid = node.attrs.pid as unknown;
    if (isProvisionType(node.type.name) && typeof pid === 'string' && annotated.has(pid))
      out.push({ pid, pos: $pos.before(depth), node });
  }
  return out;
}
