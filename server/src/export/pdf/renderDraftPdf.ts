// The print-ready draft: the bill in 法令 layout (or statutory English), headers and page numbers,
// optional line numbers and watermark, optionally followed by the findings report — or the findings
// report alone. Generated in process with pdfkit; no browser, no system font.
import type { BillJSON, BillLang } from '../../../../core/bill/types';
import { printedDate } from '../exportDate';
import { draftBlocks } from './draftBlocks';
import { findingsBlocks, type FindingsReport } from './findingsBlocks';
import { PageWriter, portraitA4 } from './PageWriter';
import type { PdfFonts } from './PdfFonts';
import { placeBlocks } from './placeBlocks';

export interface DraftPdfInput {
  json: BillJSON;
  lang: BillLang;
  /** The bill's name (header and document title). */
  title: string;
  /** 現行 / current, or the version's label. */
  versionLabel: string;
  date: Date;
  lineNumbers: boolean;
  watermark: boolean;
  /** The draft's text (default), the findings report after it, or the findings report alone. */
  content: 'draft' | 'draft+findings' | 'findings';
  findings?: FindingsReport;
}

/** The PDF bytes of a draft. */
export function renderDraftPdf(fonts: PdfFonts, input: DraftPdfInput): Promise<Buffer> {
  const { lang } = input;
  const pw = new PageWriter(
    fonts,
    portraitA4,
    {
      headerLeft: input.title,
      headerRight: `${input.versionLabel}\u3000${printedDate(input.date, lang)}`,
      lineNumbers: input.lineNumbers,
      watermark: input.watermark ? (lang === 'ja' ? '案' : 'DRAFT') : null,
      pageLabel: (n, total) => `${n} / ${total}`,
    },
    { title: input.title },
  );
  const justify = lang === 'ja';
  if (input.content !== 'findings') placeBlocks(pw, draftBlocks(input.json, lang), { justify });
  // The report starts on a page of its own (the first page when it is alone).
  if (input.content !== 'draft') placeBlocks(pw, findingsBlocks(input.json, lang, input.findings ?? { findings: [], addressed: [] }), { justify });
  return pw.finish();
}
