// Text layout for the PDF renderer without running the OpenType shaper on every line. Shaping a line with
// fontkit costs about as much as the rest of the render together, and a bill's lines are all different, so no
// cache keyed by line ever hits. But with this font the shaped result of a word is its characters' glyphs with
// pair kerning between neighbours (see otLayoutModel.ts): so the shaper caches, per script, each character's
// glyph and each pair's kerning (learned from words fontkit shaped), and composes every later word from them
// in a few map lookups. The result is exactly fontkit's: same glyphs, same advances (Japanese text is kerned by
// the font's `kern` feature, e.g. 「み、」, and that stays). Words the model does not cover — a ligature (fi),
// a combining mark, a variation selector, a right-to-left script — are shaped by fontkit as before.
//
// Widths follow pdfkit's measuring exactly: text is split after each space or tab and every word is shaped on
// its own (pdfkit never kerns across a space), in pdfkit's 1000-units-per-em space.
import type { Font } from 'fontkit';
import { pairKey, readLayoutModel, type LayoutModel } from './otLayoutModel';

/** A glyph as pdfkit's encoder reads it: id, advance (font units) and the text it stands for. */
export interface ShapedGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: number[];
}

/** A shaped word: glyphs and their x advances in font units, kerning included. */
export interface ShapedWord {
  glyphs: ShapedGlyph[];
  advances: number[];
}

/** Scripts fontkit shapes left to right with its default shaper; other scripts always go through fontkit. */
const composable = new Set(['latn', 'hani', 'hira', 'kana', 'hrkt', 'cyrl', 'grek', 'zzzz']);

/**
 * Code points whose glyph depends on a neighbour before any table is read: variation selectors (fontkit maps
 * base + selector to one glyph), default ignorables (hidden, zero width) and the fraction slash (fontkit turns
 * on fraction features around it).
 */
function contextual(cp: number): boolean {
  if (cp < 0xad) return false;
  return (
    cp === 0xad || cp === 0x34f || cp === 0x61c || (cp >= 0x17b4 && cp <= 0x17b5) || (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || cp === 0x2044 || (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || (cp >= 0xfff0 && cp <= 0xfff8) || (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

interface ScriptCache {
  /** Code point → its glyph in this script; null: a mark, never composed. */
  glyphs: Map<number, ShapedGlyph | null>;
  /** pairKey(first, second) → adjustment of the first glyph's advance; NaN: the pair may form a ligature. */
  kerns: Map<number, number>;
}

/** Words shaped by fontkit whose widths are kept (Latin words with ligatures repeat); cleared when full. */
const maxFallbackWidths = 20_000;

export class FontShaper {
  /** pdfkit's scale from font units to its 1000-units-per-em space. */
  readonly scale: number;
  private model: LayoutModel | null;
  private why: string | null = null;
  private readonly scripts = new Map<string, ScriptCache>();
  private readonly charScripts = new Map<number, string | null>();
  private readonly cmapGlyphs = new Map<number, number>();
  private readonly fallbackWidths = new Map<string, number>();

  /** `compose: false` shapes every word with fontkit (what pdfkit alone does): the reference the tests compare with. */
  constructor(
    readonly font: Font,
    opts: { compose?: boolean } = {},
  ) {
    this.scale = 1000 / font.unitsPerEm;
    const model = opts.compose === false ? { unsupported: 'composing turned off by the caller' } : readLayoutModel(font);
    this.model = 'unsupported' in model ? null : model;
    if ('unsupported' in model) this.why = model.unsupported;
  }

  /** Whether lines are composed from cached glyphs (else every word is shaped by fontkit), and why not. */
  status(): { composing: boolean; reason: string | null; scripts: number; glyphs: number; pairs: number } {
    const caches = [...this.scripts.values()];
    return {
      composing: this.model !== null,
      reason: this.why,
      scripts: caches.length,
      glyphs: caches.reduce((n, c) => n + c.glyphs.size, 0),
      pairs: caches.reduce((n, c) => n + c.kerns.size, 0),
    };
  }

  /**
   * Advance of `text` in 1000 units per em, computed as pdfkit's EmbeddedFont.layout(text).advanceWidth is:
   * word by word (a word ends after a space or tab), glyph advances summed in order.
   */
  advance(text: string): number {
    let total = 0;
    let last = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length ? last < i : text[i] === ' ' || text[i] === '\t') {
        total += this.wordAdvance(text.slice(last, i + 1));
        last = i + 1;
      }
    }
    return total;
  }

  /** The shaped word (glyphs and advances, font units) when it can be composed; null: shape it with fontkit. */
  compose(word: string): ShapedWord | null {
    const glyphs: ShapedGlyph[] = [];
    const advances: number[] = [];
    return this.walk(word, glyphs, advances) === null ? null : { glyphs, advances };
  }

  private wordAdvance(word: string): number {
    const composed = this.walk(word, null, null);
    if (composed !== null) return composed;
    let width = this.fallbackWidths.get(word);
    if (width === undefined) {
      width = 0;
      for (const p of this.font.layout(word).positions) width += p.xAdvance * this.scale;
      if (this.fallbackWidths.size >= maxFallbackWidths) this.fallbackWidths.clear();
      this.fallbackWidths.set(word, width);
    }
    return width;
  }

  /** Composes a word from the caches (learning what is missing); its advance in 1000 units, or null. */
  private walk(word: string, glyphs: ShapedGlyph[] | null, advances: number[] | null): number | null {
    if (!this.model || !word) return this.model ? 0 : null;
    const cps: number[] = [];
    for (let i = 0; i < word.length; i++) {
      const cp = word.codePointAt(i) as number;
      if (contextual(cp)) return null;
      if (cp > 0xffff) i++;
      cps.push(cp);
    }
    const script = this.scriptOf(cps);
    if (script === null || !composable.has(script)) return null;
    let cache = this.scripts.get(script);
    if (!cache) this.scripts.set(script, (cache = { glyphs: new Map(), kerns: new Map() }));
    let width = this.fromCache(cps, cache, glyphs, advances);
    if (width === undefined && this.learn(word, cps, cache)) width = this.fromCache(cps, cache, glyphs, advances);
    return width ?? null;
  }

  /** The word from cached glyphs and kerning: its width, null when it cannot be composed, undefined when something is not known yet. */
  private fromCache(cps: number[], cache: ScriptCache, glyphs: ShapedGlyph[] | null, advances: number[] | null): number | null | undefined {
    if (glyphs) glyphs.length = 0;
    if (advances) advances.length = 0;
    let width = 0;
    let prev: ShapedGlyph | null = null;
    for (const cp of cps) {
      const g = cache.glyphs.get(cp);
      if (g === undefined) return undefined;
      if (g === null) return null;
      if (prev) {
        const kern = cache.kerns.get(pairKey(prev.id, g.id));
        if (kern === undefined) return undefined;
        if (Number.isNaN(kern)) return null;
        width += this.push(prev, prev.advanceWidth + kern, glyphs, advances);
      }
      prev = g;
    }
    if (prev) width += this.push(prev, prev.advanceWidth, glyphs, advances);
    return width;
  }

  private push(g: ShapedGlyph, advance: number, glyphs: ShapedGlyph[] | null, advances: number[] | null): number {
    glyphs?.push(g);
    advances?.push(advance);
    return advance * this.scale;
  }

  /**
   * Shapes the word with fontkit and keeps its glyphs and pair adjustments. False when the word cannot be
   * composed (a mark, a pair that may form a ligature). A result the model says cannot happen turns composing
   * off for this font: every word is then shaped by fontkit, as correct as before and as slow.
   */
  private learn(word: string, cps: number[], cache: ScriptCache): boolean {
    const model = this.model as LayoutModel;
    const cmap = cps.map((cp) => this.cmapGlyph(cp));
    if (cmap.some((g) => model.marks.has(g))) return false;
    for (let i = 1; i < cmap.length; i++) if (model.ligaturePrefixes.has(pairKey(cmap[i - 1] as number, cmap[i] as number))) return false;
    const run = this.font.layout(word);
    const { glyphs, positions } = run;
    if (glyphs.length !== cps.length) return this.off(`«${word}»: ${cps.length} characters gave ${glyphs.length} glyphs`);
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i] as (typeof glyphs)[number];
      const p = positions[i] as (typeof positions)[number];
      const cp = cps[i] as number;
      if (model.marks.has(g.id)) {
        cache.glyphs.set(cp, null);
        return false;
      }
      if (p.xOffset !== 0 || p.yOffset !== 0 || p.yAdvance !== 0) return this.off(`«${word}»: glyph ${g.id} is offset`);
      const known = cache.glyphs.get(cp);
      if (known && known.id !== g.id) return this.off(`«${word}»: U+${cp.toString(16)} gave glyphs ${known.id} and ${g.id}`);
      if (!known) cache.glyphs.set(cp, { id: g.id, advanceWidth: g.advanceWidth, codePoints: [cp] });
      const next = glyphs[i + 1];
      const kern = p.xAdvance - g.advanceWidth;
      if (!next) {
        if (kern !== 0) return this.off(`«${word}»: the last glyph's advance is adjusted`);
        continue;
      }
      const key = pairKey(g.id, next.id);
      const mayLigate = model.ligaturePrefixes.has(key);
      const seen = cache.kerns.get(key);
      if (seen !== undefined && !Number.isNaN(seen) && seen !== kern) return this.off(`«${word}»: pair ${key} kerned ${seen} and ${kern}`);
      cache.kerns.set(key, mayLigate ? NaN : kern);
    }
    return true;
  }

  private off(reason: string): false {
    this.model = null;
    this.why = `composing turned off: ${reason}`;
    return false;
  }

  private cmapGlyph(cp: number): number {
    let g = this.cmapGlyphs.get(cp);
    if (g === undefined) this.cmapGlyphs.set(cp, (g = this.font.glyphForCodePoint(cp).id));
    return g;
  }

  /** fontkit's script for a string: that of its first character of a specific script, else 'zzzz'. */
  private scriptOf(cps: number[]): string | null {
    for (const cp of cps) {
      let s = this.charScripts.get(cp);
      if (s === undefined) {
        // fontkit's own detection on the character alone: its script, or 'zzzz' for Common/Inherited/Unknown.
        s = (this.font.layout(String.fromCodePoint(cp)).script as string | undefined) ?? null;
        this.charScripts.set(cp, s);
      }
      if (s !== 'zzzz') return s;
    }
    return 'zzzz';
  }
}
