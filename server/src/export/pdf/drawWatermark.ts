// The DRAFT / 案 watermark: the word's glyph outlines, pale and diagonal across the page. Drawn as paths
// rather than text so that copying or extracting the bill's text never picks it up.
import type { Font } from 'fontkit';

/** Draws `word` centred on the page, rotated 35°, at 10% grey opacity. */
export function drawWatermark(doc: PDFKit.PDFDocument, font: Font, word: string, [w, h]: [number, number]): void {
  const run = font.layout(word);
  const box = run.bbox;
  const scale = Math.min((Math.hypot(w, h) * 0.55) / box.width, (h * 0.45) / box.height);
  doc.save();
  // Centre the ink box (not the advance box) on the page centre; font units are y-up, PDF user space y-down.
  doc.translate(w / 2, h / 2).rotate(-35).scale(scale, -scale);
  doc.translate(-(box.minX + box.maxX) / 2, -(box.minY + box.maxY) / 2);
  let x = 0;
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    const path = glyph.path.toSVG();
    if (path) {
      doc.save().translate(x + (pos?.xOffset ?? 0), pos?.yOffset ?? 0);
      doc.path(path).fillColor('#000000').fillOpacity(0.1).fill();
      doc.restore();
    }
    x += pos?.xAdvance ?? 0;
  });
  doc.restore();
}
