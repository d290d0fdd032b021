// Derives every number of a ProseMirror bill in one walk and says where each label is shown.
// Pure (no view, no decorations) so it is unit-tested; Numbering.ts turns the result into decorations.
import type { Node as PMNode } from '@tiptap/pm/model';
import {
  deriveNumbers,
  isProvisionType,
  styleFor,
  type BillLang,
  type ProvisionNumber,
  type ProvisionType,
} from '../../../../core/bill';
import { pmAdapter } from './pmAdapter';

/** A label to show on the node at [from, to). */
export interface NodeLabel {
  from: number;
  to: number;
  label: string;
  /** The first paragraph carries its article's number (第一条 …). */
  articleStart: boolean;
}

/** A cross-reference and what it currently reads. */
export interface XrefLabel {
  from: number;
  to: number;
  cite: string;
  broken: boolean;
}

/** A heading in the table of contents. */
export interface OutlineEntry {
  pid: string;
  type: Extract<ProvisionType, 'chapter' | 'section' | 'article' | 'supplProvision'>;
  label: string;
  heading: string;
  depth: number;
  /** Opening words of an article without a caption, so the outline still says what it is about. */
  preview: string;
  /** Position of the provision node and of its end, to scroll to it and find the one holding the cursor. */
  pos: number;
  end: number;
}

export interface Numbering {
  numbers: Map<string, ProvisionNumber>;
  /** Every numbered provision in document order, with its position and opening words. */
  provisions: { num: ProvisionNumber; pos: number; preview: string }[];
  labels: NodeLabel[];
  xrefs: XrefLabel[];
  outline: OutlineEntry[];
}

const outlineTypes = new Set<string>(['chapter', 'section', 'article', 'supplProvision']);
const sentenceOwners = new Set<string>(['chapter', 'section', 'paragraph', 'item', 'subitem']);

/** Numbers, label positions, cross-reference texts and the outline of a bill document. */
export function computeNumbering(doc: PMNode, lang: BillLang): Numbering {
  const positions = new Map<PMNode, number>();
  const xrefNodes: { pos: number; node: PMNode }[] = [];
  doc.descendants((node, pos) => {
    if (isProvisionType(node.type.name)) positions.set(node, pos);
    else if (node.type.name === 'xref') xrefNodes.push({ pos, node });
    return true;
  });

  const style = styleFor(lang);
  const result: Numbering = { numbers: new Map(), provisions: [], labels: [], xrefs: [], outline: [] };
  let pendingArticle = '';
  const nodes: PMNode[] = [];
  result.numbers = deriveNumbers(doc, pmAdapter, lang, (node, num) => {
    const pos = positions.get(node);
    if (pos === undefined) return;
    nodes.push(node);
    result.provisions.push({ num, pos, preview: '' });
    if (outlineTypes.has(num.type)) {
      result.outline.push({
        pid: num.pid,
        type: num.type as OutlineEntry['type'],
        label: num.label,
        heading: num.heading,
        depth: num.depth,
        preview: '',
        pos,
        end: pos + node.nodeSize,
      });
    }
    if (num.type === 'article') {
      pendingArticle = num.label;
      return;
    }
    if (num.type === 'supplProvision') {
      result.labels.push({ from: pos, to: pos + node.nodeSize, label: num.label, articleStart: false });
      return;
    }
    const sentence = node.firstChild;
    if (!sentenceOwners.has(num.type) || !sentence) return;
    const articleStart = num.type === 'paragraph' && pendingArticle !== '';
    const label = articleStart ? [pendingArticle, num.label].filter(Boolean).join(style.sep) : num.label;
    if (num.type === 'paragraph') pendingArticle = '';
    result.labels.push({ from: pos + 1, to: pos + 1 + sentence.nodeSize, label, articleStart });
  });

  // Previews need every number first: a sentence may cite a later provision.
  const previews = new Map<string, string>();
  result.provisions.forEach((p, i) => {
    const node = nodes[i];
    p.preview = node ? previewOf(node, result.numbers, style.brokenRef) : '';
    previews.set(p.num.pid, p.preview);
  });
  for (const entry of result.outline) entry.preview = previews.get(entry.pid) ?? '';

  for (const { pos, node } of xrefNodes) {
    const target = node.attrs.target as unknown;
    const num = typeof target === 'string' ? result.numbers.get(target) : undefined;
    result.xrefs.push({
      from: pos,
      to: pos + node.nodeSize,
      cite: num ? num.cite : style.brokenRef,
      broken: !num,
    });
  }
  return result;
}

const PREVIEW_LENGTH = 48;

/** The first words of a provision's own text (an article's: its first paragraph's), references resolved. */
function previewOf(node: PMNode, numbers: Map<string, ProvisionNumber>, brokenRef: string): string {
  const own = node.type.name === 'article' ? node.maybeChild(1)?.firstChild : node.firstChild;
  if (!own?.isTextblock) return '';
  let text = '';
  own.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.type.name === 'xref') {
      const target = child.attrs.target as unknown;
      text += (typeof target === 'string' ? numbers.get(target)?.cite : undefined) ?? brokenRef;
    }
  });
  text = text.trim();
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}
