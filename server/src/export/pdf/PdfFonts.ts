// The Japanese fonts every PDF embeds, shipped by an npm package (no system font): Noto Serif JP
// (明朝体, as statutes are printed), regular and bold, TrueType. pdfkit embeds each as a subset of the
// glyphs used, with a ToUnicode map, so the text stays selectable and extractable.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const fontPackage = '@expo-google-fonts/noto-serif-jp';

export class PdfFonts {
  private outline: fontkit.Font | null = null;

  constructor(
    readonly regular: Buffer,
    readonly bold: Buffer,
  ) {}

  /** Reads the fonts from the installed npm package (about 15 MB, once per server). */
  static fromPackage(): PdfFonts {
    const require = createRequire(import.meta.url);
    const file = (weight: string) => readFileSync(require.resolve(`${fontPackage}/${weight}/NotoSerifJP_${weight}.ttf`));
    return new PdfFonts(file('400Regular'), file('700Bold'));
  }

  /** The bold face as outlines (the watermark is drawn as paths, so it never mixes into extracted text). */
  outlineFont(): fontkit.Font {
    if (!this.outline) {
      const font = fontkit.create(this.bold);
      if (!('layout' in font)) throw new Error('PdfFonts: the bold font file is a collection, expected one font');
      this.outline = font;
    }
    return this.outline;
  }
}
