// Small builders for bill JSON: used by tests, new-bill content and generators. Each new provision gets a fresh pid.
import type { BillJSON } from './types';
import { newPid } from './ids';

const textContent = (text: string): BillJSON[] | undefined => (text ? [{ type: 'text', text }] : undefined);
const container = (type: string, text: string): BillJSON => {
  const content = textContent(text);
  return content ? { type, content } : { type };
};

/** A subitem (イ / (a)). */
export const subitemJSON = (text: string): BillJSON => ({
  type: 'subitem',
  attrs: { pid: newPid() },
  content: [container('subitemSentence', text)],
});

/** An item (一 / (i)) with optional subitems. */
export const itemJSON = (text: string, subitems: string[] = []): BillJSON => ({
  type: 'item',
  attrs: { pid: newPid() },
  content: [container('itemSentence', text), ...subitems.map(subitemJSON)],
});

/** A paragraph with optional items. */
export const paragraphJSON = (text: string, items: BillJSON[] = []): BillJSON => ({
  type: 'paragraph',
  attrs: { pid: newPid() },
  content: [container('paragraphSentence', text), ...items],
});

/** An article with a caption and paragraphs (strings become plain paragraphs). */
export const articleJSON = (caption: string, paragraphs: (string | BillJSON)[], branch = false): BillJSON => ({
  type: 'article',
  attrs: { pid: newPid(), branch },
  content: [
    container('articleCaption', caption),
    ...(paragraphs.length ? paragraphs : ['']).map((p) => (typeof p === 'string' ? paragraphJSON(p) : p)),
  ],
});

/** A chapter with a title and its articles or sections. */
export const chapterJSON = (title: string, children: BillJSON[]): BillJSON => ({
  type: 'chapter',
  attrs: { pid: newPid() },
  content: [container('chapterTitle', title), ...children],
});

/** A section (節) inside a chapter. */
export const sectionJSON = (title: string, articles: BillJSON[]): BillJSON => ({
  type: 'section',
  attrs: { pid: newPid() },
  content: [container('sectionTitle', title), ...articles],
});

/** Supplementary provisions (附則) made of paragraphs or articles. */
export const supplJSON = (children: BillJSON[]): BillJSON => ({
  type: 'supplProvision',
  attrs: { pid: newPid() },
  content: children,
});

/** A whole bill document. */
export const billJSON = (title: string, body: BillJSON[], suppl: BillJSON[] = []): BillJSON => ({
  type: 'bill',
  content: [container('billTitle', title), ...body, ...suppl],
});

/** The content of a new, empty bill: a title and one article with one empty paragraph. */
export const emptyBillJSON = (title: string): BillJSON => billJSON(title, [articleJSON('', [''])]);
