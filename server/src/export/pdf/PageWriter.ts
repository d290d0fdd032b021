// Pages on a fixed row grid (so line numbers in the margin line up with the text): header with the bill
// title, version and date; footer with "page / pages"; optional line numbers (restarting on each page, so
// an amendment can cite page and line) and an optional DRAFT/案 watermark. Callers place laid-out lines
// on rows; pdfkit does the drawing.
import PDFDocument from 'pdfkit';
import type { PdfFonts } from './PdfFonts';
import type { LaidLine, Measure, RunStyle } from './printModel';
import { drawWatermark } from './drawWatermark';
import { pdfkitWidth, shapeWith } from './pdfkitShaping';

export interface PageGeometry {
  size: [number, number];
  top: number;
  bottom: number;
  left: number;
  /** Width of the text body. */
  width: number;
  rowHeight: number;
  fontSize: number;
  titleSize: number;
}

/** A4 portrait, 42 full-width characters of 10.5 pt per line (the body is centred). */
export const portraitA4: PageGeometry = { size: [595.28, 841.89], top: 78, bottom: 64, left: 77.14, width: 441, rowHeight: 18, fontSize: 10.5, titleSize: 14 };
/** A4 landscape for two-column comparisons: two columns of 33 characters of 10 pt. */
export const landscapeA4: PageGeometry = { size: [841.89, 595.28], top: 70, bottom: 56, left: 60, width: 721.89, rowHeight: 17, fontSize: 10, titleSize: 13 };

export interface PageDecor {
  headerLeft: string;
  headerRight: string;
  lineNumbers: boolean;
  watermark: string | null;
  /** "3 / 12" or "- 3 -": the footer of page n of total. */
  pageLabel(n: number, total: number): string;
}

export interface LineFormat {
  title?: boolean;
  bold?: boolean;
  /** Spread characters so the line ends at `fullWidth` (Japanese lines that are not a block's last). */
  justifyTo?: number;
}

const gray = '#555555';

export class PageWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly rows: number;
  /** Next free row on the current page. */
  row = 0;
  /** The first row after what onPageStart drew (a table's header): the top of the page's content. */
  topRow = 0;
  /** Called after each new page is set up (a table repeats its header row here). */
  onPageStart: (() => void) | null = null;
  /** Called when a page is complete, before the next one starts and at the end (a table draws its frame). */
  onPageEnd: (() => void) | null = null;
  private pageOpen = false;
  private numbered = 0;
  private readonly measures: { body: Measure; title: Measure };

  constructor(
    private readonly fonts: PdfFonts,
    readonly geometry: PageGeometry,
    private readonly decor: PageDecor,
    info: { title: string },
  ) {
    this.doc = new PDFDocument({ size: geometry.size, margin: 0, autoFirstPage: false, bufferPages: true, info: { Title: info.title, Creator: 'Billwright' } });
    this.doc.registerFont('serif', fonts.regular);
    this.doc.registerFont('serif-bold', fonts.bold);
    // Measuring and drawing both shape through the fonts' shared shapers (the same glyphs fontkit gives).
    // Bold first: the order pdfkit numbered the faces in when layout measured the (bold) title first.
    shapeWith(this.doc, 'serif-bold', fonts.shaper(true));
    shapeWith(this.doc, 'serif', fonts.shaper(false));
    this.measures = { body: this.measureIn(geometry.fontSize), title: this.measureIn(geometry.titleSize) };
    this.rows = Math.floor((geometry.size[1] - geometry.top - geometry.bottom) / geometry.rowHeight);
  }

  /**
   * Width of text in body (or title) size, exactly what pdfkit's widthOfString gives in that font, composed
   * from the shaper's cached glyphs and kerning (no shaping per call: layout measures every piece and line).
   */
  measure(title = false): Measure {
    return title ? this.measures.title : this.measures.body;
  }

  private measureIn(size: number): Measure {
    const shapers = [this.fonts.shaper(false), this.fonts.shaper(true)] as const;
    // Line breaking measures every piece (a character or two of Japanese, a Latin word) twice: short texts
    // are kept; whole lines are composed each time (they are all different).
    const short = [new Map<string, number>(), new Map<string, number>()] as const;
    return (text, style) => {
      const face = style.bold ? 1 : 0;
      const keep = text.length <= 12;
      let w = keep ? short[face].get(text) : undefined;
      if (w === undefined) {
        w = pdfkitWidth(shapers[face].advance(text), size);
        if (keep) short[face].set(text, w);
      }
      return w;
    };
  }

  remaining(): number {
    return this.pageOpen ? this.rows - this.row : 0;
  }

  /** Starts a new page unless `n` rows still fit on this one. */
  ensure(n: number): void {
    if (this.remaining() < Math.min(n, this.rows)) this.newPage();
  }

  newPage(): void {
    const { doc, geometry: g, decor } = this;
    if (this.pageOpen) this.onPageEnd?.();
    doc.addPage({ size: g.size, margin: 0 });
    this.pageOpen = true;
    this.row = 0;
    this.numbered = 0;
    if (decor.watermark) drawWatermark(doc, this.fonts.outlineFont(), decor.watermark, g.size);
    const y = g.top - 30;
    this.font(false, false).fontSize(8).fillColor(gray);
    const rightW = doc.widthOfString(decor.headerRight);
    doc.text(decor.headerRight, g.left + g.width - rightW, y, { lineBreak: false });
    doc.text(this.fit(decor.headerLeft, g.width - rightW - 24), g.left, y, { lineBreak: false });
    doc.moveTo(g.left, y + 14).lineTo(g.left + g.width, y + 14).lineWidth(0.4).strokeColor(gray).stroke();
    doc.fillColor('black').strokeColor('black');
    this.onPageStart?.();
    this.topRow = this.row;
  }

  /** Draws a line at `row` of the current page, starting at x (from the body's left edge). */
  drawLine(line: LaidLine, x: number, row: number, fmt: LineFormat = {}): void {
    const { doc, geometry: g } = this;
    const size = fmt.title ? g.titleSize : g.fontSize;
    const baseline = g.top + row * g.rowHeight + g.rowHeight * 0.72;
    const text = line.pieces.map((p) => p.text).join('');
    const chars = Array.from(text).length;
    // Letter-spacing suits Japanese only: lines that are largely Latin stay ragged.
    const latin = text.replace(/[^\x21-\x7e]/g, '').length;
    const slack = fmt.justifyTo === undefined || latin > chars * 0.2 ? 0 : fmt.justifyTo - line.indent - line.width;
    const spacing = slack > 0 && chars > 1 && slack / (chars - 1) <= size * 0.1 ? slack / (chars - 1) : 0;
    let before = 0;
    for (const p of line.pieces) {
      const px = g.left + x + line.indent + p.x + before * spacing;
      const n = Array.from(p.text).length;
      this.font(fmt.bold === true || p.style.bold === true, fmt.title === true);
      doc.text(p.text, px, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing });
      this.decorate(p.style, px, baseline, p.width + Math.max(0, n - 1) * spacing, size);
      before += n;
    }
  }

  /** Prints the next line number beside `row` (when line numbers are on). */
  numberRow(row: number): void {
    if (!this.decor.lineNumbers) return;
    const { doc, geometry: g } = this;
    const label = String(++this.numbered);
    this.font(false, false).fontSize(7).fillColor(gray);
    doc.text(label, g.left - 14 - doc.widthOfString(label), g.top + row * g.rowHeight + g.rowHeight * 0.72, { lineBreak: false, baseline: 'alphabetic' });
    doc.fillColor('black');
  }

  /** Writes the footers (now that the page count is known) and returns the PDF. */
  finish(): Promise<Buffer> {
    const { doc, geometry: g } = this;
    if (!this.pageOpen) this.newPage();
    this.onPageEnd?.();
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      const label = this.decor.pageLabel(i - start + 1, count);
      this.font(false, false).fontSize(8).fillColor(gray);
      doc.text(label, g.left + (g.width - doc.widthOfString(label)) / 2, g.size[1] - g.bottom + 28, { lineBreak: false });
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.end();
    });
  }

  private decorate(style: RunStyle, x: number, baseline: number, width: number, size: number): void {
    if (!style.underline && !style.strike) return;
    const { doc } = this;
    doc.lineWidth(0.6).strokeColor('black');
    if (style.underline) doc.moveTo(x, baseline + size * 0.15).lineTo(x + width, baseline + size * 0.15).stroke();
    if (style.strike) doc.moveTo(x, baseline - size * 0.32).lineTo(x + width, baseline - size * 0.32).stroke();
  }

  private font(bold: boolean, title: boolean): PDFKit.PDFDocument {
    return this.doc.font(bold ? 'serif-bold' : 'serif').fontSize(title ? this.geometry.titleSize : this.geometry.fontSize);
  }

  private fit(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    let t = text;
    while (t.length > 1 && this.doc.widthOfString(`${t}…`) > width) t = t.slice(0, -1);
    return `${t}…`;
  }
}
