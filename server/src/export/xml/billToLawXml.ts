// Bill JSON → e-Gov 法令標準XML (XMLSchemaForJapaneseLaw v3). The bill's node names are the schema's
// element names (DESIGN.md §3), so this is one walk; numbers are derived here, written both as Num
// attributes (Article Num="6_2" for 第六条の二) and as the printed titles; cross-references become their
// rendered citation text.
import type { BillJSON, BillLang } from '../../../../core/bill/types';
import { DomainError } from '../../domain/errors';
import { billToc, type BillToc } from '../billToc';
import { childrenOf, numberBill, type NumberedBill } from '../numberBill';
import { supplLabel, tocLabel } from '../statuteLabels';
import { lawAttributes, lawNumText } from './lawNumber';
import { splitSentences } from './splitSentences';
import { XmlWriter } from './XmlWriter';

type Counter = { base: number; branch: number };

/** Mirrors core numbering: a branch article continues the previous base number (6, 6_2, 6_3). */
function nextArticleNum(counter: Counter, branch: boolean): string {
  if (branch && counter.base > 0) counter.branch = Math.max(counter.branch, 1) + 1;
  else {
    counter.base += 1;
    counter.branch = 0;
  }
  return counter.branch ? `${counter.base}_${counter.branch}` : String(counter.base);
}

/** The schema allows either chapters or articles in one container, and a chapter's sections after its articles. */
function assertSchemaShape(bill: NumberedBill): void {
  const top = childrenOf(bill.doc, 'chapter', 'article');
  const loose = top.find((n) => n.type === 'article');
  if (loose && top.some((n) => n.type === 'chapter')) {
    const label = bill.numberOf(loose)?.label ?? '';
    throw new DomainError('conflict', `${label} stands outside any chapter while the bill has chapters: 法令標準XML needs every article of the main provision inside a chapter (move it into a chapter)`);
  }
  for (const chapter of childrenOf(bill.doc, 'chapter')) {
    const kids = childrenOf(chapter, 'article', 'section');
    const firstSection = kids.findIndex((n) => n.type === 'section');
    const late = firstSection < 0 ? undefined : kids.slice(firstSection).find((n) => n.type === 'article');
    if (late) {
      const label = bill.numberOf(late)?.label ?? '';
      throw new DomainError('conflict', `${label} follows a section of ${bill.numberOf(chapter)?.label ?? 'its chapter'} without being in one: 法令標準XML puts a chapter's own articles before its sections`);
    }
  }
}

class LawXmlWalker {
  readonly w = new XmlWriter();
  private counter: Counter = { base: 0, branch: 0 };
  constructor(private readonly bill: NumberedBill) {}

  toc(toc: BillToc, lang: BillLang): void {
    const { w } = this;
    w.start('TOC').leaf('TOCLabel', tocLabel(lang));
    for (const ch of toc.entries) {
      w.start('TOCChapter', { Num: ch.num }).leaf('ChapterTitle', this.titled(ch.label, ch.title));
      if (ch.range) w.leaf('ArticleRange', ch.range);
      for (const s of ch.sections) {
        w.start('TOCSection', { Num: s.num }).leaf('SectionTitle', this.titled(s.label, s.title));
        if (s.range) w.leaf('ArticleRange', s.range);
        w.end('TOCSection');
      }
      w.end('TOCChapter');
    }
    if (toc.hasSuppl) w.start('TOCSupplProvision').leaf('SupplProvisionLabel', supplLabel(lang).replace('　', '')).end('TOCSupplProvision');
    w.end('TOC');
  }

  container(node: BillJSON, index: number): void {
    const { w, bill } = this;
    const label = bill.numberOf(node)?.label ?? '';
    if (node.type === 'article') return this.article(node);
    const [el, titleEl, titleType] = node.type === 'chapter' ? ['Chapter', 'ChapterTitle', 'chapterTitle'] : ['Section', 'SectionTitle', 'sectionTitle'];
    w.start(el, { Num: index }).leaf(titleEl, this.titled(label, bill.childText(node, titleType)));
    let sections = 0;
    for (const child of childrenOf(node, 'article', 'section')) this.container(child, child.type === 'section' ? ++sections : 0);
    w.end(el);
  }

  suppl(node: BillJSON, lang: BillLang): void {
    this.counter = { base: 0, branch: 0 };
    this.w.start('SupplProvision').leaf('SupplProvisionLabel', supplLabel(lang));
    let paragraphs = 0;
    for (const child of childrenOf(node, 'article', 'paragraph')) {
      if (child.type === 'article') this.article(child);
      else this.paragraph(child, ++paragraphs);
    }
    this.w.end('SupplProvision');
  }

  private article(node: BillJSON): void {
    const { w, bill } = this;
    w.start('Article', { Num: nextArticleNum(this.counter, node.attrs?.branch === true) });
    const caption = bill.childText(node, 'articleCaption');
    if (caption) w.leaf('ArticleCaption', bill.lang === 'ja' ? `（${caption}）` : `(${caption})`);
    w.leaf('ArticleTitle', bill.numberOf(node)?.label ?? '');
    childrenOf(node, 'paragraph').forEach((p, i) => this.paragraph(p, i + 1));
    w.end('Article');
  }

  private paragraph(node: BillJSON, num: number): void {
    const { w, bill } = this;
    w.start('Paragraph', { Num: num }).leaf('ParagraphNum', bill.numberOf(node)?.label ?? '');
    this.sentences('ParagraphSentence', bill.childText(node, 'paragraphSentence'));
    childrenOf(node, 'item').forEach((item, i) => {
      w.start('Item', { Num: i + 1 }).leaf('ItemTitle', bill.numberOf(item)?.label ?? '');
      this.sentences('ItemSentence', bill.childText(item, 'itemSentence'));
      childrenOf(item, 'subitem').forEach((sub, k) => {
        w.start('Subitem1', { Num: k + 1 }).leaf('Subitem1Title', bill.numberOf(sub)?.label ?? '');
        this.sentences('Subitem1Sentence', bill.childText(sub, 'subitemSentence'));
        w.end('Subitem1');
      });
      w.end('Item');
    });
    w.end('Paragraph');
  }

  private sentences(el: string, text: string): void {
    this.w.start(el);
    splitSentences(text, this.bill.lang).forEach((s, i) =>
      this.w.leaf('Sentence', s.text, { Num: i + 1, Function: s.function, WritingMode: 'vertical' }),
    );
    this.w.end(el);
  }

  private titled(label: string, title: string): string {
    return title ? `${label}${this.bill.lang === 'ja' ? '　' : ' '}${title}` : label;
  }
}

/** The bill as an 法令標準XML document; a conflict error when its shape has no schema-valid form. */
export function billToLawXml(doc: BillJSON, lang: BillLang, now: Date): string {
  const bill = numberBill(doc, lang);
  assertSchemaShape(bill);
  const walker = new LawXmlWalker(bill);
  const { w } = walker;
  w.start('Law', lawAttributes(lang, now)).leaf('LawNum', lawNumText(lang, now)).start('LawBody');
  w.leaf('LawTitle', bill.childText(doc, 'billTitle'));
  const toc = billToc(bill);
  if (toc) walker.toc(toc, lang);
  w.start('MainProvision');
  let chapters = 0;
  for (const node of childrenOf(doc, 'chapter', 'article')) walker.container(node, node.type === 'chapter' ? ++chapters : 0);
  w.end('MainProvision');
  for (const suppl of childrenOf(doc, 'supplProvision')) walker.suppl(suppl, lang);
  return w.end('LawBody').end('Law').toString();
}
