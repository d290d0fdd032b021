// Where each provision's own text sits in the editor's document, and how the review layer's character
// offsets (core/review sentenceRuns: text runs only, cross-references count 0) map to document positions.
import type { Node as PMNode } from '@tiptap/pm/model';
import { isProvisionType, textChildOf } from '../../../../core/bill';

/** A provision's text block (sentence, caption or title) and the position just before it. */
export interface ProvisionBlock {
  pid: string;
  pos: number;
  node: PMNode;
}

/** Every provision's text block by pid (the first one when a pid repeats, as core's sentencesByPid). */
export function provisionBlocks(doc: PMNode): Map<string, ProvisionBlock> {
  const out = new Map<string, ProvisionBlock>();
  doc.descendants((node, pos) => {
    if (node.isTextblock) return false;
    if (!isProvisionType(node.type.name)) return true;
    const pid = node.attrs.pid as unknown;
    const textName = textChildOf[node.type.name];
    if (typeof pid === 'string' && textName && !out.has(pid)) {
      node.forEach((child, offset) => {
        if (!out.has(pid) && child.type.name === textName) out.set(pid, { pid, pos: pos + 1 + offset, node: child });
      });
    }
    return true;
  });
  return out;
}

/**
 * The document position of character `offset` of a block's text. `start` is just before that character,
 * `end` just after character `offset - 1`, so a range never swallows a cross-reference at its edge.
 */
export function offsetToPos(block: ProvisionBlock, offset: number, side: 'start' | 'end'): number {
  let off = 0;
  let pos = block.pos + 1;
  for (let i = 0; i < block.node.childCount; i++) {
    const child = block.node.child(i);
    if (child.isText) {
      const len = child.text?.length ?? 0;
      if (side === 'start' ? offset < off + len : offset > off && offset <= off + len) return pos + (offset - off);
      off += len;
    }
    pos += child.nodeSize;
  }
  return pos;
}

/** Characters of the block's text before document position `pos` (which must lie inside the block). */
export function posToOffset(block: ProvisionBlock, pos: number): number {
  let off = 0;
  let at = block.pos + 1;
  for (let i = 0; i < block.node.childCount; i++) {
    const child = block.node.child(i);
    if (pos <= at) return off;
    if (child.isText) {
      const len = child.text?.length ?? 0;
      if (pos <= at + len) return off + (pos - at);
      off += len;
    }
    at += child.nodeSize;
  }
  return off;
}
