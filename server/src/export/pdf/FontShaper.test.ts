// FontShaper against fontkit and pdfkit themselves, on real drafting text (every shipped template, the e-Gov
// sample act, the rule packs, generated bills) and on text built to defeat it: a composed word must be exactly
// fontkit's shaped word, a width exactly pdfkit's, and a PDF drawn through the shaper the same PDF pdfkit draws.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { billLines } from '../../../../core/bill/text';
import type { BillJSON } from '../../../../core/bill/types';
import { generateBill } from '../../../../tests/fixtures/diff/billGenerator';
import { seededRandom } from '../../../../tests/helpers/random';
import { loadTemplates } from '../../templates/loadTemplates';
import { FontShaper } from './FontShaper';
import { readLayoutModel } from './otLayoutModel';
import { pdfkitWidth } from './pdfkitShaping';
import { PdfFonts } from './PdfFonts';
import { renderDraftPdf } from './renderDraftPdf';

const root = join(import.meta.dirname, '../../../..');
const fonts = PdfFonts.fromPackage();

/** Every string of the shipped templates, rule packs and fixtures, and the lines of generated bills. */
function corpus(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const dir of ['templates', 'core/rules/packs', 'tests/fixtures/rules']) {
    for (const f of readdirSync(join(root, dir))) if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(root, dir, f), 'utf8')));
  }
  readFileSync(join(root, 'tests/fixtures/egov/gyosei-tetsuzuki-ho.xml'), 'utf8')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .forEach((s) => s.trim() && out.add(s.trim()));
  for (const lang of ['ja', 'en'] as const) for (const l of billLines(generateBill(seededRandom(7), lang, 300), lang)) out.add(l.line);
  return [...out];
}

/** Strings the model must not compose wrongly: ligatures, marks, variation selectors, other scripts, spaces. */
const tricky = [
  'office affine fluff ffi', // f-ligatures (Latin words are composed only when no ligature can form)
  'か\u309Aき\u309A', // kana + combining semi-voiced mark (ccmp ligature)
  'か゚', // precomposed-looking sequence
  '――', // ligating dashes
  '葛\u{E0100}城市', // ideographic variation selector
  'e\u0301te', // Latin + combining acute (mark attachment)
  'Ａｒｔｉｃｌｅ　２１', // full-width Latin and an ideographic space
  'Article 21(2)です。「サイバー」', // mixed scripts in one word
  '第一条　この法律は、', // a line that starts with a Han character
  '１２３　前項の規定により', // digits first (Common), then Han
  'ΑΒΓ αβγ АБВ абв', // Greek and Cyrillic (locl)
  'مرحبا بالعالم', // right to left: never composed
  '한국어', // Hangul: its own shaper, never composed
  'a\u200Db\u00ADc\uFEFFd', // default ignorables
  '½ 1\u20442', // fraction slash
  '𠮟る', // outside the BMP
  'tab\tseparated  double  spaces ',
  '',
];

/** pdfkit's own word split: after each space or tab. */
const words = (s: string) => s.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? [];

const faces = { regular: fonts.regular, bold: fonts.bold };

describe('FontShaper (Noto Serif JP)', () => {
  const texts = [...corpus(), ...tricky];

  it('reads the font as one the pairwise model covers', () => {
    for (const buf of Object.values(faces)) {
      const model = readLayoutModel(fontkit.create(buf) as fontkit.Font);
      expect('unsupported' in model ? model.unsupported : null).toBeNull();
    }
  });

  it.each(Object.keys(faces))('%s: every composed word is exactly fontkit’s shaped word', (face) => {
    const font = fontkit.create(faces[face as keyof typeof faces]) as fontkit.Font;
    const shaper = new FontShaper(font);
    const reference = fontkit.create(faces[face as keyof typeof faces]) as fontkit.Font;
    let composed = 0;
    let total = 0;
    for (const text of texts) {
      for (const word of words(text)) {
        total++;
        const mine = shaper.compose(word);
        if (!mine) continue;
        composed++;
        const run = reference.layout(word);
        expect(mine.glyphs.map((g) => g.id), word).toEqual(run.glyphs.map((g) => g.id));
        expect(mine.advances, word).toEqual(run.positions.map((p) => p.xAdvance));
        expect(run.positions.every((p) => p.xOffset === 0 && p.yOffset === 0), word).toBe(true);
      }
    }
    expect(shaper.status()).toMatchObject({ composing: true, reason: null });
    // Nearly every word is composed (the f-ligature words, marks and other scripts are not).
    expect(composed / total).toBeGreaterThan(0.9);
  });

  it('leaves to fontkit what it must not compose', () => {
    const shaper = new FontShaper(fontkit.create(fonts.regular) as fontkit.Font);
    for (const word of ['office', 'か\u309A', '葛\u{E0100}', 'e\u0301', 'مرحبا', '한국어', 'a\u200Db', '1\u20442']) expect(shaper.compose(word), word).toBeNull();
    expect(shaper.compose('この法律は、')).not.toBeNull();
  });

  it('measures every text exactly as pdfkit’s widthOfString does', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('r', fonts.regular);
    doc.registerFont('b', fonts.bold);
    for (const [name, buf] of [['r', fonts.regular], ['b', fonts.bold]] as const) {
      const shaper = new FontShaper(fontkit.create(buf) as fontkit.Font);
      for (const size of [7, 10.5, 14]) {
        doc.font(name).fontSize(size);
        for (const text of texts) expect(pdfkitWidth(shaper.advance(text), size), text).toBe(doc.widthOfString(text));
      }
    }
  });
});

/** A PDF's objects with their streams inflated, the creation date left out: what must not change. */
function pdfObjects(pdf: Buffer): string[] {
  const s = pdf.toString('latin1');
  return [...s.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)]
    .map(([, , body = '']) => {
      const at = body.indexOf('stream\n');
      if (at < 0) return body;
      const data = Buffer.from(body.slice(at + 7, body.lastIndexOf('\nendstream')), 'latin1');
      return `${body.slice(0, at).replace(/\/Length \d+/, '')}${(/FlateDecode/.test(body.slice(0, at)) ? inflateSync(data) : data).toString('latin1')}`;
    })
    .filter((o) => !/^\(D:\d+Z\)$/.test(o.trim()));
}

describe('PDFs drawn through the shaper', () => {
  const date = new Date('2025-06-01T00:00:00Z');
  let bills: { id: string; json: BillJSON; lang: 'ja' | 'en'; title: string }[] = [];
  beforeAll(() => {
    const catalog = loadTemplates(join(root, 'templates'));
    bills = ['measure1.ja', 'measure1.en', 'omnibus.ja'].map((id) => {
      const t = catalog.get(id);
      if (!t) throw new Error(`no template ${id}`);
      return { id, json: t.json, lang: t.lang, title: t.billTitle };
    });
  });

  it('are the PDFs pdfkit draws shaping every word itself (same glyphs, positions, fonts, subsets)', async () => {
    const composed = PdfFonts.fromPackage();
    const plain = PdfFonts.fromPackage(false);
    for (const b of bills) {
      const input = { json: b.json, lang: b.lang, title: b.title, versionLabel: 'v1', date, lineNumbers: true, watermark: true, content: 'draft' as const };
      const [mine, theirs] = [await renderDraftPdf(composed, input), await renderDraftPdf(plain, input)];
      expect(plain.shaper(false).status().composing).toBe(false);
      expect(pdfObjects(mine), b.id).toEqual(pdfObjects(theirs));
    }
    expect(composed.shaper(false).status()).toMatchObject({ composing: true, reason: null });
  });
});
