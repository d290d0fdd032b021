// e-Gov 法令標準XML → bill JSON with fresh pids. The schema's structure is checked on the way (a
// required element missing or an unknown one present is a 400 naming the path); what is valid but has no
// place in the bill model (tables, 編, 款, paragraph captions …) is left out or flattened, with a warning.
import { articleJSON, billJSON, chapterJSON, itemJSON, paragraphJSON, sectionJSON, supplJSON } from '../../../../core/bill/builders';
import type { BillJSON, BillLang } from '../../../../core/bill/types';
import { DomainError } from '../../domain/errors';
import { numberBill } from '../numberBill';
import { ImportWarnings } from './ImportWarnings';
import { sentenceText, splitTitle, stripCaption } from './lawXmlText';
import { elements, textOf, type XmlElement } from './parseXmlDocument';

/** A converted law: the bill and what could not be carried over. */
export interface LawImport {
  json: BillJSON;
  lang: BillLang;
  /** LawTitle, or LawNum when there is no title. */
  title: string;
  warnings: string[];
}

export const importLimits = { maxProvisions: 20_000 } as const;

type Use = 'read' | 'ignore' | string; // any other string: a warning, given once per kind
const structs = 'tables, figures and lists inside provisions are not imported';
const rules: Record<string, Record<string, Use>> = {
  Law: { LawNum: 'read', LawBody: 'read' },
  LawBody: {
    LawTitle: 'read', TOC: 'ignore', MainProvision: 'read', SupplProvision: 'read',
    EnactStatement: 'the enacting statement (EnactStatement) is not imported',
    Preamble: 'the preamble (前文, Preamble) is not imported',
    ...Object.fromEntries(['AppdxTable', 'AppdxNote', 'AppdxStyle', 'Appdx', 'AppdxFig', 'AppdxFormat'].map((n) => [n, 'appended tables, styles and figures (別表・様式) are not imported'])),
  },
  MainProvision: { Part: 'read', Chapter: 'read', Section: 'read', Article: 'read', Paragraph: 'read' },
  Part: { PartTitle: 'read', Article: 'read', Chapter: 'read' },
  Chapter: { ChapterTitle: 'read', Article: 'read', Section: 'read' },
  Section: { SectionTitle: 'read', Article: 'read', Subsection: 'read', Division: 'read' },
  Subsection: { SubsectionTitle: 'read', Article: 'read', Division: 'read' },
  Division: { DivisionTitle: 'read', Article: 'read' },
  Article: { ArticleCaption: 'read', ArticleTitle: 'read', Paragraph: 'read', SupplNote: 'supplementary notes (SupplNote) are not imported' },
  Paragraph: {
    ParagraphCaption: 'paragraph captions (ParagraphCaption) are not kept: the bill model has captions on articles only',
    ParagraphNum: 'ignore', ParagraphSentence: 'read', Item: 'read',
    AmendProvision: 'amendment provisions (AmendProvision) are not imported', Class: 'classes (Class) are not imported',
    TableStruct: structs, FigStruct: structs, StyleStruct: structs, List: structs,
  },
  Item: { ItemTitle: 'ignore', ItemSentence: 'read', Subitem1: 'read', TableStruct: structs, FigStruct: structs, StyleStruct: structs, List: structs },
  Subitem1: { Subitem1Title: 'ignore', Subitem1Sentence: 'read', Subitem2: 'read', TableStruct: structs, FigStruct: structs, StyleStruct: structs, List: structs },
  SupplProvision: {
    SupplProvisionLabel: 'ignore', Chapter: 'read', Article: 'read', Paragraph: 'read',
    ...Object.fromEntries(['SupplProvisionAppdxTable', 'SupplProvisionAppdxStyle', 'SupplProvisionAppdx'].map((n) => [n, 'tables and styles appended to 附則 are not imported'])),
  },
};
const required: Record<string, string[]> = {
  Law: ['LawNum', 'LawBody'], LawBody: ['MainProvision'], Part: ['PartTitle'], Chapter: ['ChapterTitle'], Section: ['SectionTitle'],
  Article: ['ArticleTitle', 'Paragraph'], Paragraph: ['ParagraphNum', 'ParagraphSentence'], Item: ['ItemSentence'],
  Subitem1: ['Subitem1Sentence'], SupplProvision: ['SupplProvisionLabel'],
};
/** A readable path to an element: …/Chapter[Num=3]/Article[Num=12]. */
const at = (path: string, el: XmlElement, i: number) => `${path}/${el.name}[${el.attrs.Num ? `Num=${el.attrs.Num}` : i + 1}]`;
const invalid = (path: string, message: string) => new DomainError('invalid', `not valid 法令標準XML at ${path}: ${message}`);

class LawReader {
  readonly warnings = new ImportWarnings();
  /** Imported nodes with the number the file printed, to tell the caller what renumbering changed. */
  readonly printed: { node: BillJSON; label: string }[] = [];
  private provisions = 0;

  /** Checks an element's children against the schema subset we read; returns the ones to read. */
  read(el: XmlElement, path: string): XmlElement[] {
    const allowed = rules[el.name] ?? {};
    const kids = elements(el);
    for (const name of required[el.name] ?? []) {
      if (!kids.some((k) => k.name === name)) throw invalid(path, `<${el.name}> needs a <${name}>`);
    }
    if (++this.provisions > importLimits.maxProvisions) throw new DomainError('too_large', `at most ${importLimits.maxProvisions} provisions can be imported`);
    return kids.filter((k) => {
      const use = allowed[k.name];
      if (use === undefined) throw invalid(path, `unexpected <${k.name}> in <${el.name}>`);
      if (use !== 'read' && use !== 'ignore') this.warnings.add(use);
      return use === 'read';
    });
  }

  mainProvision(el: XmlElement, path: string): BillJSON[] {
    const kids = this.read(el, path);
    const loose = kids.filter((k) => k.name === 'Paragraph');
    const out = kids.flatMap((k, i) => (k.name === 'Paragraph' ? [] : this.topLevel(k, at(path, k, i))));
    if (loose.length) {
      this.warnings.add('a main provision made of paragraphs only is kept as one article');
      out.push(articleJSON('', loose.map((k, i) => this.paragraph(k, at(path, k, i)))));
    }
    return out;
  }

  private topLevel(el: XmlElement, path: string): BillJSON[] {
    if (el.name === 'Chapter') return [this.chapter(el, path)];
    if (el.name === 'Article') return [this.article(el, path)];
    if (el.name === 'Section') {
      this.warnings.add('sections outside chapters are flattened: their articles are kept, their titles are not');
      return this.articlesIn(el, path);
    }
    this.warnings.add('parts (編, Part) are flattened: their chapters and articles are kept, their titles are not');
    return this.read(el, path).flatMap((k, i) => (k.name === 'PartTitle' ? [] : this.topLevel(k, at(path, k, i))));
  }

  chapter(el: XmlElement, path: string): BillJSON {
    const kids = this.read(el, path);
    const { label, title } = splitTitle(textOf(kids.find((k) => k.name === 'ChapterTitle') ?? ''), 'chapter');
    const body = kids.flatMap((k, i) => {
      const p = at(path, k, i);
      if (k.name === 'Article') return [this.article(k, p)];
      if (k.name !== 'Section') return [];
      const section = sectionJSON(splitTitle(textOf(elements(k, 'SectionTitle')[0] ?? ''), 'section').title, this.articlesIn(k, p));
      return [section];
    });
    if (!body.length) throw invalid(path, '<Chapter> needs an <Article> or a <Section>');
    const node = chapterJSON(title, body);
    this.printed.push({ node, label });
    return node;
  }

  /** Every article inside a section, subsection or division (款・目 flattened into the section). */
  articlesIn(el: XmlElement, path: string): BillJSON[] {
    return this.read(el, path).flatMap((k, i) => {
      const p = at(path, k, i);
      if (k.name === 'Article') return [this.article(k, p)];
      if (k.name !== 'Subsection' && k.name !== 'Division') return [];
      this.warnings.add('subsections and divisions (款・目) are flattened into their section');
      return this.articlesIn(k, p);
    });
  }

  article(el: XmlElement, path: string): BillJSON {
    const kids = this.read(el, path);
    const caption = stripCaption(textOf(kids.find((k) => k.name === 'ArticleCaption') ?? ''));
    const paragraphs = kids.filter((k) => k.name === 'Paragraph').map((k, i) => this.paragraph(k, at(path, k, i)));
    const node = articleJSON(caption, paragraphs, (el.attrs.Num ?? '').includes('_'));
    this.printed.push({ node, label: textOf(kids.find((k) => k.name === 'ArticleTitle') ?? '').trim() });
    return node;
  }

  paragraph(el: XmlElement, path: string): BillJSON {
    const kids = this.read(el, path);
    const items = kids.filter((k) => k.name === 'Item').map((k, i) => this.item(k, at(path, k, i)));
    return paragraphJSON(sentenceText(kids.find((k) => k.name === 'ParagraphSentence')), items);
  }

  item(el: XmlElement, path: string): BillJSON {
    const kids = this.read(el, path);
    const subitems = kids.filter((k) => k.name === 'Subitem1').map((k, i) => this.subitemText(k, at(path, k, i)));
    return itemJSON(sentenceText(kids.find((k) => k.name === 'ItemSentence')), subitems);
  }

  /** A subitem's text; deeper levels (Subitem2 …, printed (1), (2)) are appended to it. */
  private subitemText(el: XmlElement, path: string): string {
    const kids = this.read(el, path);
    const own = sentenceText(kids.find((k) => k.name === 'Subitem1Sentence'));
    const deeper = kids.filter((k) => k.name === 'Subitem2').map((k) => textOf(k).trim());
    if (deeper.length) this.warnings.add('subitems below the first level ((1), (2) …) are merged into the text of their subitem');
    return [own, ...deeper].join('　');
  }

  suppl(el: XmlElement, path: string): BillJSON {
    if (el.attrs.AmendLawNum) this.warnings.add('the amending-law labels of 附則 (AmendLawNum) are not kept');
    const children = this.read(el, path).flatMap((k, i) => {
      const p = at(path, k, i);
      if (k.name === 'Article') return [this.article(k, p)];
      if (k.name === 'Paragraph') return [this.paragraph(k, p)];
      if (k.name !== 'Chapter') return [];
      this.warnings.add('chapters inside 附則 are flattened: their articles are kept');
      return elements(k, 'Article').map((a, j) => this.article(a, at(p, a, j)));
    });
    if (!children.length) throw invalid(path, '<SupplProvision> needs an <Article>, a <Paragraph> or a <Chapter>');
    return supplJSON(children);
  }
}

/** Converts a parsed 法令標準XML document (root <Law>) into a new bill. */
export function lawXmlToBill(root: XmlElement): LawImport {
  if (root.name !== 'Law') throw new DomainError('invalid', `the root element is <${root.name}>, but an e-Gov 法令標準XML document has <Law>`);
  const langAttr = root.attrs.Lang ?? 'ja';
  if (langAttr !== 'ja' && langAttr !== 'en') throw invalid('Law', `Lang="${langAttr}" (ja or en)`);
  const lang: BillLang = langAttr;
  const reader = new LawReader();
  const top = reader.read(root, 'Law');
  const [lawNum, lawBody] = ['LawNum', 'LawBody'].map((n) => top.find((k) => k.name === n)) as [XmlElement, XmlElement];
  const parts = reader.read(lawBody, 'Law/LawBody');
  const lawTitle = textOf(parts.find((k) => k.name === 'LawTitle') ?? '').trim();
  const body = reader.mainProvision(parts.find((k) => k.name === 'MainProvision') as XmlElement, 'Law/LawBody/MainProvision');
  if (!body.length) throw invalid('Law/LawBody/MainProvision', 'no article to import');
  const suppl = parts.filter((k) => k.name === 'SupplProvision').map((k, i) => reader.suppl(k, at('Law/LawBody', k, i)));
  const json = billJSON(lawTitle, body, suppl);
  const numbered = numberBill(json, lang);
  for (const { node, label } of reader.printed) reader.warnings.renumbered(label, numbered.numberOf(node)?.label ?? '');
  return { json, lang, title: lawTitle || textOf(lawNum).trim(), warnings: reader.warnings.list() };
}
