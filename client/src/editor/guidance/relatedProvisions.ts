// The provisions of the bill a provision is linked with through cross-references: the ones it cites and
// the ones that cite it (or a part of it). Shown in the guidance panel as links.
import type { Node as PMNode } from '@tiptap/pm/model';
import { isProvisionType, type ProvisionNumber } from '../../../../core/bill';

/** A linked provision: where it is and how it is cited now (null when a reference is broken). */
export interface RelatedProvision {
  pid: string;
  pos: number | null;
  cite: string | null;
}

export interface Related {
  /** Targets of the cross-references inside the provision, in reading order. */
  cites: RelatedProvision[];
  /** The provisions (innermost numbered one around each reference) that cite it or a part of it. */
  citedBy: RelatedProvision[];
}

type Visit = (node: PMNode, pos: number, around: string | null) => void;

/** Walks the document with the pid of the innermost provision around each node. */
function walk(node: PMNode, start: number, around: string | null, visit: Visit): void {
  node.forEach((child, offset) => {
    const pos = start + offset;
    visit(child, pos, around);
    const pid = isProvisionType(child.type.name) && typeof child.attrs.pid === 'string' ? child.attrs.pid : around;
    if (!child.isLeaf) walk(child, pos + 1, pid, visit);
  });
}

/** Cross-reference links of the provision `pid` in `doc`, cited with `numbers` (the editor's numbering). */
export function relatedProvisions(doc: PMNode, pid: string, numbers: ReadonlyMap<string, ProvisionNumber>): Related {
  const positions = new Map<string, number>();
  const found: { range: [number, number] | null } = { range: null };
  const inside = new Set<string>();
  walk(doc, 0, null, (node, pos) => {
    const id = node.attrs.pid as unknown;
    if (!isProvisionType(node.type.name) || typeof id !== 'string') return;
    if (!positions.has(id)) positions.set(id, pos);
    if (id === pid && !found.range) found.range = [pos, pos + node.nodeSize];
    const { range } = found;
    if (range && pos >= range[0] && pos < range[1]) inside.add(id);
  });
  const cites: RelatedProvision[] = [];
  const citedBy: RelatedProvision[] = [];
  if (!found.range) return { cites, citedBy };
  const [from, to] = found.range;
  const seenCites = new Set<string>();
  const seenBy = new Set<string>();
  const entry = (id: string): RelatedProvision => ({
    pid: id,
    pos: positions.get(id) ?? null,
    cite: numbers.get(id)?.cite ?? null,
  });
  walk(doc, 0, null, (node, pos, around) => {
    if (node.type.name !== 'xref') return;
    const target = node.attrs.target as unknown;
    if (typeof target !== 'string') return;
    if (pos >= from && pos < to) {
      if (!inside.has(target) && !seenCites.has(target)) {
        seenCites.add(target);
        cites.push(entry(target));
      }
    } else if (inside.has(target) && around && !seenBy.has(around)) {
      seenBy.add(around);
      citedBy.push(entry(around));
    }
  });
  return { cites, citedBy };
}
