// The part of a template's outline the picker previews: chapters, sections, articles (and 附則).
import { styleFor, type BillLang, type ProvisionNumber } from '../../../core/bill';

/** One line of the preview. */
export interface HeadingLine {
  pid: string;
  type: ProvisionNumber['type'];
  /** Label and heading as printed: 第一章 総則 (with a full-width space) / 第一条（目的） / Article 1 (Purpose). */
  text: string;
  depth: number;
}

const shown = new Set<string>(['chapter', 'section', 'article', 'supplProvision']);

/** Chapters, sections, articles and supplementary provisions of an outline, printed as headings. */
export function headingOutline(outline: readonly ProvisionNumber[], lang: BillLang): HeadingLine[] {
  const style = styleFor(lang);
  return outline
    .filter((n) => shown.has(n.type))
    .map((n) => {
      let text = n.label;
      if (n.heading) {
        text =
          n.type === 'article'
            ? `${n.label}${lang === 'ja' ? '' : ' '}${style.caption(n.heading)}`
            : `${n.label}${style.sep}${n.heading}`;
      }
      return { pid: n.pid, type: n.type, text, depth: n.depth };
    });
}

/** How many chapters and articles (main provisions and 附則 together) an outline has. */
export function outlineCounts(outline: readonly ProvisionNumber[]): { chapters: number; articles: number } {
  let chapters = 0;
  let articles = 0;
  for (const n of outline) {
    if (n.type === 'chapter') chapters += 1;
    else if (n.type === 'article') articles += 1;
  }
  return { chapters, articles };
}
