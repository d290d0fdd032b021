// An alternative's wording as the bill would print it at the provision's place: labels from the bill's
// numbering style, cross-references as their current citations.
import { inlineText, styleFor, type BillJSON, type BillLang, type ProvisionNumber } from '../../../../core/bill';

const sentenceOf: Partial<Record<string, string>> = {
  paragraph: 'paragraphSentence',
  item: 'itemSentence',
  subitem: 'subitemSentence',
};

/**
 * Printed lines of a provision's replacement content. `label` is the provision's own current label
 * (第十条, ２, 三 …): an article's first paragraph carries it, like the editor does.
 */
export function wordingLines(
  content: BillJSON,
  lang: BillLang,
  numbers: Map<string, ProvisionNumber>,
  label: string,
): string[] {
  const style = styleFor(lang);
  const lines: string[] = [];
  const join = (l: string, text: string) => (l && text ? l + style.sep + text : l || text);
  const text = (node: BillJSON) => inlineText(node.content?.find((c) => c.type === sentenceOf[node.type]), numbers, lang);
  const children = (node: BillJSON, type: string) => (node.content ?? []).filter((c) => c.type === type);

  const items = (parent: BillJSON) =>
    children(parent, 'item').forEach((item, j) => {
      lines.push(join(style.item(j + 1), text(item)));
      children(item, 'subitem').forEach((sub, k) => lines.push(join(style.subitem(k + 1), text(sub))));
    });

  if (content.type === 'article') {
    const caption = inlineText(content.content?.find((c) => c.type === 'articleCaption'), numbers, lang);
    if (caption) lines.push(style.caption(caption));
    const paragraphs = children(content, 'paragraph');
    paragraphs.forEach((p, i) => {
      const own = style.paragraph(i + 1, paragraphs.length, false);
      lines.push(join(i === 0 ? [label, own].filter(Boolean).join(style.sep) : own, text(p)));
      items(p);
    });
  } else if (content.type === 'paragraph' || content.type === 'item' || content.type === 'subitem') {
    lines.push(join(label, text(content)));
    if (content.type === 'paragraph') items(content);
    if (content.type === 'item') children(content, 'subitem').forEach((sub, k) => lines.push(join(style.subitem(k + 1), text(sub))));
  }
  return lines;
}
