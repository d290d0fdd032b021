// The Japanese fonts every PDF embeds, shipped by an npm package (no system font): Noto Serif JP
// (明朝体, as statutes are printed), regular and bold, TrueType. pdfkit embeds each as a subset of the
// glyphs used, with a ToUnicode map, so the text stays selectable and extractable. One PdfFonts lives as long
// as the process (or the PDF worker): its shapers keep what they learn about glyphs and kerning across renders.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { FontShaper } from './FontShaper';

const fontPackage = '@expo-google-fonts/noto-serif-jp';
const require = createRequire(import.meta.url);
// The CommonJS build, the one pdfkit requires: one copy of fontkit in memory, not two.
const fontkit = require('fontkit') as typeof Fontkit;

export class PdfFonts {
  private readonly faces: { regular?: Fontkit.Font; bold?: Fontkit.Font } = {};
  private readonly shapers: { regular?: FontShaper; bold?: FontShaper } = {};

  constructor(
    readonly regular: Buffer,
    readonly bold: Buffer,
    /** false: every word shaped by fontkit, as pdfkit alone does (a reference for tests; slower). */
    private readonly composeLayout = true,
  ) {}

  /** Reads the fonts from the installed npm package (about 15 MB, once per server). */
  static fromPackage(composeLayout = true): PdfFonts {
    const file = (weight: string) => readFileSync(require.resolve(`${fontPackage}/${weight}/NotoSerifJP_${weight}.ttf`));
    return new PdfFonts(file('400Regular'), file('700Bold'), composeLayout);
  }

  /** The bold face as outlines (the watermark is drawn as paths, so it never mixes into extracted text). */
  outlineFont(): Fontkit.Font {
    return this.face('bold');
  }

  /** Layout of the regular or bold face, shared by every render in this process. */
  shaper(bold: boolean): FontShaper {
    const key = bold ? 'bold' : 'regular';
    return (this.shapers[key] ??= new FontShaper(this.face(key), { compose: this.composeLayout }));
  }

  private face(key: 'regular' | 'bold'): Fontkit.Font {
    let font = this.faces[key];
    if (!font) {
      const created = fontkit.create(this[key]);
      if (!('layout' in created)) throw new Error(`PdfFonts: the ${key} font file is a collection, expected one font`);
      this.faces[key] = font = created;
    }
    return font;
  }
}
