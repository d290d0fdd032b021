// A bill as print blocks in 法令 layout. Japanese: title, 目次, chapter titles indented three characters,
// （見出し） one, 第一条 and ２ flush with continuation lines indented one (字下げ), items 一 at one with
// hanging indent two, subitems イ at two, 附 則. English (statutory translation style): centred chapter
// headings, (Caption), Article 1 and (2) flush, items (i) and subitems (a) with hanging indents after
// their labels. Text and numbers come from billLines, so the PDF says exactly what the bill says.
import { billLines, type BillLine } from '../../../../core/bill/text';
import type { BillJSON, BillLang } from '../../../../core/bill/types';
import { styleFor } from '../../../../core/bill/styles';
import { billToc } from '../billToc';
import { numberBill } from '../numberBill';
import { supplLabel } from '../statuteLabels';
import type { PrintBlock } from './printModel';
import { tocBlocks } from './tocBlocks';

type Shape = Pick<PrintBlock, 'indent' | 'hang' | 'align' | 'spaceBefore' | 'keepWithNext'> & { hangAfterLabel?: boolean };

const shapes: Record<BillLang, Record<BillLine['kind'], Shape>> = {
  ja: {
    billTitle: { indent: 0, hang: 0, align: 'center' },
    chapter: { indent: 3, hang: 4, spaceBefore: 1, keepWithNext: true },
    section: { indent: 4, hang: 5, keepWithNext: true },
    caption: { indent: 1, hang: 1, keepWithNext: true },
    article: { indent: 0, hang: 1 },
    paragraph: { indent: 0, hang: 1 },
    item: { indent: 1, hang: 2 },
    subitem: { indent: 2, hang: 3 },
    supplProvision: { indent: 3, hang: 3, spaceBefore: 1, keepWithNext: true },
  },
  en: {
    billTitle: { indent: 0, hang: 0, align: 'center' },
    chapter: { indent: 0, hang: 0, align: 'center', spaceBefore: 1, keepWithNext: true },
    section: { indent: 0, hang: 0, align: 'center', keepWithNext: true },
    caption: { indent: 1, hang: 1, keepWithNext: true },
    article: { indent: 0, hang: 0 },
    paragraph: { indent: 0, hang: 0 },
    item: { indent: 1, hang: 1, hangAfterLabel: true },
    subitem: { indent: 2, hang: 2, hangAfterLabel: true },
    supplProvision: { indent: 0, hang: 0, align: 'center', spaceBefore: 1, keepWithNext: true },
  },
};

/** Indents and spacing of a printed line of `kind`; `label` (an English item label) sets the hanging indent. */
export function blockShape(kind: BillLine['kind'], lang: BillLang, label = ''): Omit<PrintBlock, 'runs'> {
  const { hangAfterLabel, ...shape } = shapes[lang][kind];
  return { ...shape, hangPrefix: hangAfterLabel && label ? label + styleFor(lang).sep : undefined };
}

/** One printed line of the bill as a block (labels of articles in bold). */
export function lineBlock(line: BillLine, lang: BillLang): PrintBlock {
  const shape = blockShape(line.kind, lang, line.label);
  const style = styleFor(lang);
  if (line.kind === 'billTitle') return { ...shape, runs: [{ text: line.text }], title: true, bold: true };
  if (line.kind === 'supplProvision') return { ...shape, runs: [{ text: supplLabel(lang) }] };
  if (line.kind === 'caption') return { ...shape, runs: [{ text: line.line }] };
  const articleLabel = line.kind === 'paragraph' && /^(第|Article)/.test(line.label);
  const runs = line.label
    ? [{ text: line.label, style: { bold: articleLabel } }, { text: line.text ? style.sep + line.text : '' }]
    : [{ text: line.text }];
  return { ...shape, runs };
}

/** The whole draft: title, table of contents when there are chapters, then every provision. */
export function draftBlocks(doc: BillJSON, lang: BillLang): PrintBlock[] {
  const toc = billToc(numberBill(doc, lang));
  return billLines(doc, lang).flatMap((line) => {
    const block = lineBlock(line, lang);
    return line.kind === 'billTitle' && toc ? [block, ...tocBlocks(toc, lang)] : [block];
  });
}
