// Plain text of a bill with derived numbers: for the content API, lint, diff and export.
import type { BillJSON, BillLang, ProvisionNumber, ProvisionType } from './types';
import { deriveNumbers, jsonAdapter } from './numbering';
import { styleFor } from './styles';

/** One printed line of a bill. `pid` is the provision the line belongs to (null for the title). */
export interface BillLine {
  pid: string | null;
  kind: ProvisionType | 'billTitle' | 'caption';
  label: string;
  /** The provision's own text (sentence, title or caption), without the label. */
  text: string;
  /** label + separator + text, as printed. */
  line: string;
}

/** Inline text with cross-references rendered to their target's current citation. */
export function inlineText(node: BillJSON | undefined, numbers: Map<string, ProvisionNumber>, lang: BillLang): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'xref') {
    const target = node.attrs?.target;
    const num = typeof target === 'string' ? numbers.get(target) : undefined;
    return num ? num.cite : styleFor(lang).brokenRef;
  }
  return (node.content ?? []).map((c) => inlineText(c, numbers, lang)).join('');
}

const sentenceOf: Partial<Record<string, string>> = {
  chapter: 'chapterTitle',
  section: 'sectionTitle',
  paragraph: 'paragraphSentence',
  item: 'itemSentence',
  subitem: 'subitemSentence',
};

/** The bill as printed lines, in reading order, with derived numbers. */
export function billLines(doc: BillJSON, lang: BillLang): BillLine[] {
  const style = styleFor(lang);
  const numbers = deriveNumbers(doc, jsonAdapter, lang);
  const lines: BillLine[] = [];
  const join = (label: string, text: string) => (label && text ? label + style.sep + text : label || text);
  let pendingArticleLabel = '';

  const visit = (node: BillJSON) => {
    const pid = typeof node.attrs?.pid === 'string' ? node.attrs.pid : null;
    const num = pid ? numbers.get(pid) : undefined;
    const child = (type: string) => node.content?.find((c) => c.type === type);
    switch (node.type) {
      case 'billTitle': {
        const text = inlineText(node, numbers, lang);
        lines.push({ pid: null, kind: 'billTitle', label: '', text, line: text });
        return;
      }
      case 'supplProvision':
        lines.push({ pid, kind: 'supplProvision', label: num?.label ?? style.supplProvision, text: '', line: num?.label ?? '' });
        break;
      case 'article': {
        const caption = inlineText(child('articleCaption'), numbers, lang);
        if (caption) lines.push({ pid, kind: 'caption', label: '', text: caption, line: style.caption(caption) });
        pendingArticleLabel = num?.label ?? '';
        break;
      }
      case 'chapter':
      case 'section':
      case 'paragraph':
      case 'item':
      case 'subitem': {
        const text = inlineText(child(sentenceOf[node.type] ?? ''), numbers, lang);
        let label = num?.label ?? '';
        if (node.type === 'paragraph' && pendingArticleLabel) {
          label = label ? `${pendingArticleLabel}${style.sep}${label}` : pendingArticleLabel;
          pendingArticleLabel = '';
        }
        lines.push({ pid, kind: node.type, label, text, line: join(label, text) });
        break;
      }
      default:
        return;
    }
    for (const c of node.content ?? []) visit(c);
  };
  for (const c of doc.content ?? []) visit(c);
  return lines;
}

/** The bill as plain text, one line per title, caption or provision, numbers derived. */
export function billToText(doc: BillJSON, lang: BillLang): string {
  return billLines(doc, lang)
    .map((l) => l.line)
    .join('\n');
}
