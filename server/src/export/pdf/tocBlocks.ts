// The printed 目次: chapters indented one character, sections two, each with its article range, then 附則.
import type { BillLang } from '../../../../core/bill/types';
import type { BillToc, TocEntry } from '../billToc';
import { tocLabel } from '../statuteLabels';
import type { PrintBlock } from './printModel';

function entryBlock(e: TocEntry, lang: BillLang, indent: number): PrintBlock {
  const sep = lang === 'ja' ? '　' : ' ';
  const heading = e.title ? `${e.label}${sep}${e.title}` : e.label;
  const range = e.range ? [{ text: (lang === 'ja' ? '' : ' ') + e.range, nobreak: true }] : [];
  return { runs: [{ text: heading }, ...range], indent, hang: indent + (lang === 'ja' ? 3 : 2) };
}

/** 目次 blocks, ending with a blank row before the provisions. */
export function tocBlocks(toc: BillToc, lang: BillLang): PrintBlock[] {
  const blocks: PrintBlock[] = [{ runs: [{ text: tocLabel(lang) }], indent: 0, hang: 0, spaceBefore: 1, keepWithNext: true }];
  for (const chapter of toc.entries) {
    blocks.push(entryBlock(chapter, lang, 1));
    for (const section of chapter.sections) blocks.push(entryBlock(section, lang, 2));
  }
  if (toc.hasSuppl) blocks.push({ runs: [{ text: lang === 'ja' ? '附則' : 'Supplementary Provisions' }], indent: 1, hang: 1 });
  return blocks;
}
