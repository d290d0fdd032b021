// The provisions of a live ProseMirror bill as the rule engine sees them (core/rules `billProvisions`,
// walked on the editor's document): pid + rendered text, and where that text sits so that the engine's
// offsets (an xref counts as its rendered citation) map back to document positions.
import type { Node as PMNode } from '@tiptap/pm/model';
import { isProvisionType, textChildOf } from '../../../../core/bill';

/** One provision line: a title, caption or sentence with text, keyed by its provision's pid. */
export interface ProvisionLine {
  pid: string;
  /** The text as `inlineText` renders it: cross-references replaced by their current citation. */
  text: string;
  /** Position of the textblock (sentence, title or caption) that holds the text. */
  pos: number;
  node: PMNode;
}

/** What a cross-reference node currently reads (its target's citation, or the broken-reference text). */
export type CiteOf = (xref: PMNode) => string;

/** The textblock's text with cross-references rendered. */
export function renderedText(textblock: PMNode, citeOf: CiteOf): string {
  let text = '';
  textblock.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.type.name === 'xref') text += citeOf(child);
  });
  return text;
}

/**
 * Texts of textblocks without cross-references, by node: ProseMirror keeps unchanged nodes across
 * transactions, so a keystroke re-reads only the edited sentence. (With a reference the text depends on
 * the numbering, so those are always read.)
 */
export type TextCache = WeakMap<PMNode, string>;

function cachedText(textblock: PMNode, citeOf: CiteOf, cache: TextCache | undefined): string {
  const hit = cache?.get(textblock);
  if (hit !== undefined) return hit;
  const text = renderedText(textblock, citeOf);
  let plain = true;
  textblock.forEach((child) => {
    if (!child.isText) plain = false;
  });
  if (plain) cache?.set(textblock, text);
  return text;
}

/** Every provision line with text, in reading order (the order of core's `billLines`); a pid seen twice keeps its first line. */
export function provisionLines(doc: PMNode, citeOf: CiteOf, cache?: TextCache): ProvisionLine[] {
  const lines: ProvisionLine[] = [];
  const seen = new Set<string>();
  doc.descendants((node, pos) => {
    if (node.isTextblock) return false;
    const type = node.type.name;
    if (!isProvisionType(type)) return true;
    const own = node.firstChild;
    const pid = node.attrs.pid as unknown;
    if (own && own.type.name === textChildOf[type] && typeof pid === 'string' && !seen.has(pid)) {
      const text = cachedText(own, citeOf, cache);
      if (text.trim()) {
        seen.add(pid);
        lines.push({ pid, text, pos: pos + 1, node: own });
      }
    }
    return true;
  });
  return lines;
}

/**
 * The document position of `offset` into a line's rendered text. An offset inside a cross-reference's
 * citation snaps to the reference's start (`start`) or end (`end`), so a range always covers whole atoms.
 */
export function offsetToPos(line: ProvisionLine, offset: number, side: 'start' | 'end', citeOf: CiteOf): number {
  let off = 0;
  let pos = line.pos + 1;
  for (let i = 0; i < line.node.childCount; i++) {
    const child = line.node.child(i);
    const len = child.isText ? (child.text ?? '').length : child.type.name === 'xref' ? citeOf(child).length : 0;
    if (child.isText) {
      if (offset <= off + len) return pos + (offset - off);
    } else if (offset <= off) return pos;
    else if (offset < off + len) return side === 'start' ? pos : pos + child.nodeSize;
    off += len;
    pos += child.nodeSize;
  }
  return pos;
}
