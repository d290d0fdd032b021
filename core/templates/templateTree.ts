// Walking a template's provision tree: shared by the checker and the instantiator.
import type { BillTemplate, TemplateProvision, TemplateText, TemplateXref } from './schema';

/** The name of the field that holds a provision's own text, by type. */
export function textFieldOf(node: TemplateProvision): 'text' | 'caption' | 'title' | null {
  switch (node.type) {
    case 'subitem':
    case 'item':
    case 'paragraph':
      return 'text';
    case 'article':
      return 'caption';
    case 'section':
    case 'chapter':
      return 'title';
    default:
      return null;
  }
}

/** A provision's own text (empty for supplementary provisions, which have none). */
export function ownText(node: TemplateProvision): TemplateText {
  const field = textFieldOf(node);
  if (field === 'text' && 'text' in node) return node.text;
  if (field === 'caption' && 'caption' in node) return node.caption;
  if (field === 'title' && 'title' in node) return node.title;
  return '';
}

/** A provision's child provisions. */
export function childrenOf(node: TemplateProvision): TemplateProvision[] {
  return node.type === 'subitem' ? [] : (node.children ?? []);
}

/** The cross-references in a text, with their index in the text's list. */
export function xrefsIn(text: TemplateText): { xref: TemplateXref; index: number }[] {
  if (typeof text === 'string') return [];
  return text.flatMap((seg, index) => (typeof seg === 'string' ? [] : [{ xref: seg, index }]));
}

/** A visited provision: the node, its JSON path in the template file, and its provision ancestors. */
export interface Visit {
  node: TemplateProvision;
  path: string;
  ancestors: TemplateProvision[];
}

/** Visits `node` (at JSON path `path`) and every provision inside it, in document order (not into alternatives). */
export function walkProvision(
  node: TemplateProvision,
  path: string,
  visit: (v: Visit) => void,
  ancestors: TemplateProvision[] = [],
): void {
  visit({ node, path, ancestors });
  childrenOf(node).forEach((child, i) =>
    walkProvision(child, `${path}.children[${i}]`, visit, [...ancestors, node]),
  );
}

/** Visits every provision under `roots` (a list at JSON path `basePath`) in document order. */
export function walkProvisions(
  roots: readonly TemplateProvision[],
  basePath: string,
  visit: (v: Visit) => void,
): void {
  roots.forEach((node, i) => walkProvision(node, `${basePath}[${i}]`, visit));
}

/** Every provision of a template's bill body and supplementary provisions, in document order. */
export function walkTemplate(template: BillTemplate, visit: (v: Visit) => void): void {
  walkProvisions(template.bill.children, 'bill.children', visit);
  walkProvisions(template.bill.supplProvisions ?? [], 'bill.supplProvisions', visit);
}

/** The JSON path of a provision's own text field, e.g. `bill.children[0].caption`. */
export function textPath(v: Visit): string {
  return `${v.path}.${textFieldOf(v.node) ?? 'text'}`;
}
