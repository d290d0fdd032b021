// The DRAFT / 案 watermark: the word's glyph outlines, pale and diagonal across the page. Drawn as paths
// rather than text so that copying or extracting the bill's text never picks it up.
import type { Font } from 'fontkit';

/** The word laid out once per font, word and page size: where it goes and each glyph's outline as SVG. */
interface Prepared {
  scale: number;
  centre: [number, number];
  glyphs: { x: number; y: number; path: string }[];
}

const prepared = new WeakMap<Font, Map<string, Prepared>>();

function prepare(font: Font, word: string, [w, h]: [number, number]): Prepared {
  let byWord = prepared.get(font);
  if (!byWord) prepared.set(font, (byWord = new Map()));
  const key = `${w}x${h}|${word}`;
  let p = byWord.get(key);
  if (p) return p;
  const run = font.layout(word);
  const box = run.bbox;
  const glyphs: Prepared['glyphs'] = [];
  let x = 0;
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    const path = glyph.path.toSVG();
    if (path) glyphs.push({ x: x + (pos?.xOffset ?? 0), y: pos?.yOffset ?? 0, path });
    x += pos?.xAdvance ?? 0;
  });
  p = {
    scale: Math.min((Math.hypot(w, h) * 0.55) / box.width, (h * 0.45) / box.height),
    // Centre the ink box (not the advance box) on the page centre.
    centre: [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2],
    glyphs,
  };
  byWord.set(key, p);
  return p;
}

/** Draws `word` centred on the page, rotated 35°, at 10% grey opacity. */
export function drawWatermark(doc: PDFKit.PDFDocument, font: Font, word: string, size: [number, number]): void {
  const { scale, centre, glyphs } = prepare(font, word, size);
  doc.save();
  // Font units are y-up, PDF user space y-down.
  doc.translate(size[0] / 2, size[1] / 2).rotate(-35).scale(scale, -scale);
  doc.translate(-centre[0], -centre[1]);
  for (const g of glyphs) {
    doc.save().translate(g.x, g.y);
    doc.path(g.path).fillColor('#000000').fillOpacity(0.1).fill();
    doc.restore();
  }
  doc.restore();
}
