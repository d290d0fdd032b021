// The provisions a cross-reference can point at, from the editor's live numbering.
import type { EditorState } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { styleFor, textChildOf, type BillLang, type ProvisionNumber } from '../../../../core/bill';
import { getNumbering } from '../extensions/Numbering';
import type { Citable } from './searchProvisions';

const citableTypes = new Set(['chapter', 'section', 'article', 'paragraph', 'item', 'subitem']);

/** A textblock's text with cross-references printed as their current citations. */
function sentenceText(node: PMNode | null | undefined, numbers: ReadonlyMap<string, ProvisionNumber>, broken: string): string {
  if (!node) return '';
  let text = '';
  node.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.type.name === 'xref') {
      const target = child.attrs.target as unknown;
      text += (typeof target === 'string' ? numbers.get(target)?.cite : undefined) ?? broken;
    }
  });
  return text;
}

/** Every citable provision in document order with its own words; a lone paragraph is folded into its article. */
export function citablesOf(state: EditorState, lang: BillLang): (Citable & { pos: number })[] {
  const numbering = getNumbering(state);
  if (!numbering) return [];
  const broken = styleFor(lang).brokenRef;
  const out: (Citable & { pos: number })[] = [];
  for (const { num, pos } of numbering.provisions) {
    if (!citableTypes.has(num.type)) continue;
    const node = state.doc.nodeAt(pos);
    // An article's own words are its caption, which is already its heading.
    const first = num.type === 'article' ? null : node?.firstChild;
    const own = first?.type.name === textChildOf[num.type] ? first : null;
    const text = sentenceText(own, numbering.numbers, broken);
    const last = out.at(-1);
    // A lone paragraph cites as its article (第一条): offer the article, searchable by the paragraph's words.
    if (last && last.num.cite === num.cite) {
      last.text = [last.text, text].filter(Boolean).join(' ');
      continue;
    }
    out.push({ num, pos, text });
  }
  return out;
}
