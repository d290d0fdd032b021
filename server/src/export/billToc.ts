// The 目次 of a bill with chapters: chapters and sections with their article ranges, then 附則.
// Shared by the PDF (printed table of contents) and the XML export (<TOC>).
import type { BillJSON } from '../../../core/bill/types';
import { articleRange } from './statuteLabels';
import { childrenOf, type NumberedBill } from './numberBill';

export interface TocEntry {
  type: 'chapter' | 'section';
  /** 1-based position among its siblings (the XML Num attribute). */
  num: number;
  /** 第一章 / Chapter 1. */
  label: string;
  title: string;
  /** （第一条―第三条）; null for a chapter whose articles are all in sections. */
  range: string | null;
  sections: TocEntry[];
}

export interface BillToc {
  entries: TocEntry[];
  hasSuppl: boolean;
}

function range(bill: NumberedBill, articles: BillJSON[]): string | null {
  const labels = articles.map((a) => bill.numberOf(a)?.label ?? '').filter(Boolean);
  const first = labels[0];
  const last = labels.at(-1);
  return first && last ? articleRange(first, last, bill.lang) : null;
}

/** The table of contents, or null when the bill has no chapters (statutes print none then). */
export function billToc(bill: NumberedBill): BillToc | null {
  const chapters = childrenOf(bill.doc, 'chapter');
  if (!chapters.length) return null;
  const entries = chapters.map((chapter, i): TocEntry => {
    const sections = childrenOf(chapter, 'section').map(
      (section, j): TocEntry => ({
        type: 'section',
        num: j + 1,
        label: bill.numberOf(section)?.label ?? '',
        title: bill.childText(section, 'sectionTitle'),
        range: range(bill, childrenOf(section, 'article')),
        sections: [],
      }),
    );
    const direct = childrenOf(chapter, 'article');
    return {
      type: 'chapter',
      num: i + 1,
      label: bill.numberOf(chapter)?.label ?? '',
      title: bill.childText(chapter, 'chapterTitle'),
      range: sections.length && !direct.length ? null : range(bill, direct),
      sections,
    };
  });
  return { entries, hasSuppl: childrenOf(bill.doc, 'supplProvision').length > 0 };
}
