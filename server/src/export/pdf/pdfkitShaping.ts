// Hands pdfkit's shaping of a font to a FontShaper. pdfkit 0.17 shapes every word it measures or draws with
// fontkit (EmbeddedFont.layoutRun, cached per document by word — and a Japanese line is one long word), so
// drawing a line shaped it again. Here the document's embedded font gets its runs from the shaper's cached
// glyphs and kerning instead: the same glyphs and advances fontkit gives (FontShaper's contract), so the PDF's
// content is unchanged. Words the shaper does not compose go to pdfkit's own layoutRun, as before.
//
// This relies on pdfkit internals (PDFDocument._font, EmbeddedFont.layoutRun and .scale, pinned to pdfkit
// 0.17.x in package.json); they are checked here, and the tests compare the output with pdfkit's own shaping.
import type { FontShaper } from './FontShaper';

interface PdfkitPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface PdfkitRun {
  glyphs: unknown[];
  positions: PdfkitPosition[];
  advanceWidth: number;
}

interface EmbeddedFontInternals {
  scale: number;
  layoutRun(text: string, features?: unknown): PdfkitRun;
}

function isEmbeddedFont(f: unknown): f is EmbeddedFontInternals {
  return typeof f === 'object' && f !== null && typeof (f as EmbeddedFontInternals).layoutRun === 'function' && typeof (f as EmbeddedFontInternals).scale === 'number';
}

/** Selects the registered font `name` in `doc` and makes its shaping come from `shaper`. */
export function shapeWith(doc: PDFKit.PDFDocument, name: string, shaper: FontShaper): void {
  doc.font(name);
  const font = (doc as unknown as { _font?: unknown })._font;
  if (!isEmbeddedFont(font)) throw new Error(`pdfkit: font ${name} has no layoutRun (pdfkit internals changed?)`);
  const own = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => {
    const word = features ? null : shaper.compose(text);
    if (!word) return own(text, features);
    // As pdfkit's layoutRun: positions scaled to 1000 units per em, each with its glyph's advance.
    const positions = word.advances.map((a, i) => ({
      xAdvance: a * font.scale,
      yAdvance: 0,
      xOffset: 0,
      yOffset: 0,
      advanceWidth: (word.glyphs[i]?.advanceWidth ?? 0) * font.scale,
    }));
    let advanceWidth = 0;
    for (const p of positions) advanceWidth += p.xAdvance;
    return { glyphs: word.glyphs, positions, advanceWidth };
  };
}

/**
 * Width in points of a text whose advance is `units` (1000 per em) at `size`, with the same floating-point
 * operations as pdfkit's doc.widthOfString, so layout decisions match what pdfkit would measure bit for bit.
 */
export function pdfkitWidth(units: number, size: number): number {
  return ((units * (size / 1000)) * 100) / 100;
}
