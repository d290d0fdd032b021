// The bill schema, defined once and headless (DESIGN.md §3). The client adds views with .extend();
// the server calls getSchema(billExtensions) to read and write Y.Doc content.
import { Node, mergeAttributes, type Extensions } from '@tiptap/core';

type ProvisionSpec = { name: string; content: string; extraAttrs?: Record<string, { default: unknown }> };

/** A block node carrying a stable pid, rendered as <div data-type=name data-pid=…>. */
function provisionNode({ name, content, extraAttrs = {} }: ProvisionSpec) {
  return Node.create({
    name,
    content,
    defining: true,
    addAttributes() {
      const attrs: Record<string, object> = {
        pid: {
          default: null,
          parseHTML: (el: HTMLElement) => el.getAttribute('data-pid'),
          renderHTML: (a: Record<string, unknown>) => (a.pid ? { 'data-pid': a.pid } : {}),
        },
      };
      for (const [key, spec] of Object.entries(extraAttrs)) {
        attrs[key] = {
          default: spec.default,
          parseHTML: (el: HTMLElement) => el.getAttribute(`data-${key}`) === 'true',
          renderHTML: (a: Record<string, unknown>) => (a[key] ? { [`data-${key}`]: 'true' } : {}),
        };
      }
      return attrs;
    },
    parseHTML() {
      return [{ tag: `div[data-type="${name}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['div', mergeAttributes(HTMLAttributes, { 'data-type': name, class: `bw-${name}` }), 0];
    },
  });
}

/** A text container (title, caption, sentence): inline content, no marks. */
function textNode(name: string, tag: string) {
  return Node.create({
    name,
    content: 'inline*',
    marks: '',
    defining: true,
    parseHTML() {
      return [{ tag: `${tag}[data-type="${name}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, mergeAttributes(HTMLAttributes, { 'data-type': name, class: `bw-${name}` }), 0];
    },
  });
}

export const Bill = Node.create({ name: 'bill', topNode: true, content: 'billTitle (chapter | article)+ supplProvision*' });
export const BillText = Node.create({ name: 'text', group: 'inline' });
export const BillTitle = textNode('billTitle', 'h1');
export const Chapter = provisionNode({ name: 'chapter', content: 'chapterTitle (section | article)+' });
export const ChapterTitle = textNode('chapterTitle', 'h2');
export const Section = provisionNode({ name: 'section', content: 'sectionTitle article+' });
export const SectionTitle = textNode('sectionTitle', 'h3');
export const Article = provisionNode({
  name: 'article',
  content: 'articleCaption paragraph+',
  extraAttrs: { branch: { default: false } },
});
export const ArticleCaption = textNode('articleCaption', 'p');
export const Paragraph = provisionNode({ name: 'paragraph', content: 'paragraphSentence item*' });
export const ParagraphSentence = textNode('paragraphSentence', 'p');
export const Item = provisionNode({ name: 'item', content: 'itemSentence subitem*' });
export const ItemSentence = textNode('itemSentence', 'p');
export const Subitem = provisionNode({ name: 'subitem', content: 'subitemSentence' });
export const SubitemSentence = textNode('subitemSentence', 'p');
export const SupplProvision = provisionNode({ name: 'supplProvision', content: '(article | paragraph)+' });

/** Cross-reference: an inline atom bound to a target pid; it renders the target's current number. */
export const Xref = Node.create({
  name: 'xref',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      target: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-target'),
        renderHTML: (a: Record<string, unknown>) => ({ 'data-target': a.target }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="xref"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'xref', class: 'bw-xref' })];
  },
});

/** Every node of the bill schema, in one list: the single source of the schema. */
export const billExtensions: Extensions = [
  Bill,
  BillText,
  BillTitle,
  Chapter,
  ChapterTitle,
  Section,
  SectionTitle,
  Article,
  ArticleCaption,
  Paragraph,
  ParagraphSentence,
  Item,
  ItemSentence,
  Subitem,
  SubitemSentence,
  SupplProvision,
  Xref,
];

/** The sentence/title node that holds a provision's own text, by provision type. */
export const textChildOf: Record<string, string> = {
  chapter: 'chapterTitle',
  section: 'sectionTitle',
  article: 'articleCaption',
  paragraph: 'paragraphSentence',
  item: 'itemSentence',
  subitem: 'subitemSentence',
};
