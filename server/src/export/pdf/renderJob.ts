// A PDF to render, as plain data (what crosses to a PDF worker thread): the draft (with or without the
// findings report) or a comparison, with everything the renderer needs and nothing it must look up.
import { articleJSON, billJSON, itemJSON, paragraphJSON } from '../../../../core/bill/builders';
import type { PdfFonts } from './PdfFonts';
import { renderComparePdf, type ComparePdfInput } from './renderComparePdf';
import { renderDraftPdf, type DraftPdfInput } from './renderDraftPdf';

export type PdfJob = { kind: 'draft'; input: DraftPdfInput } | { kind: 'compare'; input: ComparePdfInput };

/** Renders a job with the given fonts (in a worker, or on the event loop when there are no workers). */
export function renderJob(fonts: PdfFonts, job: PdfJob): Promise<Buffer> {
  return job.kind === 'draft' ? renderDraftPdf(fonts, job.input) : renderComparePdf(fonts, job.input);
}

const sample = {
  ja: [
    'この法律は、重要電子計算機に対する不正な行為による被害の防止に関し必要な事項を定めるものとする。',
    '内閣総理大臣は、前項の規定による報告を受けたときは、遅滞なく、その内容を関係行政機関の長に通知しなければならない。',
    '前二項の規定は、通信の秘密その他日本国憲法の保障する国民の権利と自由を不当に制限するものと解釈してはならない。',
    '特別社会基盤事業者は、政令で定めるところにより、特定侵害事象の発生を知ったときは、主務大臣に届け出なければならない。',
  ],
  en: [
    'This Act shall not be construed so as to unduly restrict the rights and freedoms guaranteed by the Constitution.',
    'The Prime Minister shall, without delay, notify the heads of the relevant administrative organs of the report under the preceding paragraph.',
    'A specified essential infrastructure operator shall report to the competent minister as prescribed by Cabinet Order.',
    'The State shall take necessary measures to prevent serious damage caused by unauthorized acts against critical computers.',
  ],
};

/**
 * A few pages in each language (well under a second of CPU, once per worker, before the first export): parses
 * the fonts' tables, compiles the renderer's hot paths (a first render runs at half speed without this) and
 * teaches the shapers the commonest glyphs and pairs.
 */
export async function warmUp(fonts: PdfFonts): Promise<void> {
  const date = new Date(0);
  for (const lang of ['ja', 'en'] as const) {
    const text = sample[lang];
    const articles = Array.from({ length: 24 }, (_, i) =>
      articleJSON(text[i % 4]?.slice(0, 8) ?? '', [paragraphJSON(text[i % 4] ?? '', [itemJSON(text[(i + 1) % 4] ?? '')]), text[(i + 2) % 4] ?? '']),
    );
    const json = billJSON(lang === 'ja' ? '法律案' : 'Bill', articles);
    await renderDraftPdf(fonts, { json, lang, title: 'warm-up', versionLabel: '-', date, lineNumbers: true, watermark: true, content: 'draft' });
  }
}
