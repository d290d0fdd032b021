// Shared by the export and import tests: binary downloads, and reading PDFs and XML the way a person's
// tools do — poppler's pdftotext/pdffonts and libxml2's xmllint against the official XSD.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '../helpers/accounts';

export const xsdPath = join(import.meta.dirname, '../fixtures/egov/XMLSchemaForJapaneseLaw_v3.xsd');
export const realActPath = join(import.meta.dirname, '../fixtures/egov/gyosei-tetsuzuki-ho.xml');

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** A GET with the session's cookie (or none), body as bytes. */
export async function download(base: string, path: string, who?: Session): Promise<Download> {
  const res = await fetch(base + path, { headers: who ? { cookie: who.cookie } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

function withFile<T>(data: Buffer | string, ext: string, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'bw-export-'));
  const file = join(dir, `f.${ext}`);
  try {
    writeFileSync(file, data);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A crop box in points (pdftotext at 72 dpi): the body of portrait pages, right of the line numbers. */
export interface Crop {
  x: number;
  y: number;
  w: number;
  h: number;
}
export const portraitBody: Crop = { x: 70, y: 66, w: 470, h: 700 };

/** pdftotext output; `layout` keeps the page's lines, `crop` limits it to a box, `page` to one page. */
export function pdfText(pdf: Buffer, opts: { layout?: boolean; crop?: Crop; page?: number } = {}): string {
  const args = ['-enc', 'UTF-8'];
  if (opts.layout) args.push('-layout');
  if (opts.crop) args.push('-x', String(opts.crop.x), '-y', String(opts.crop.y), '-W', String(opts.crop.w), '-H', String(opts.crop.h));
  if (opts.page) args.push('-f', String(opts.page), '-l', String(opts.page));
  return withFile(pdf, 'pdf', (file) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }));
}

/** The fonts pdffonts lists: name and whether each is embedded. */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean; type: string }[] {
  const out = withFile(pdf, 'pdf', (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name, type words…, encoding, emb, sub, uni, object, id
      return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes', type: cols.slice(1, -6).join(' ') };
    });
}

/** Number of pages (pdfinfo). */
export function pdfPages(pdf: Buffer): number {
  const out = withFile(pdf, 'pdf', (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0);
}

/** xmllint --schema against the official XSD: null when valid, else xmllint's complaint. */
export function xsdErrors(xml: string | Buffer): string | null {
  return withFile(xml, 'xml', (file) => {
    try {
      execFileSync('xmllint', ['--noout', '--schema', xsdPath, file], { encoding: 'utf8', stdio: 'pipe' });
      return null;
    } catch (err) {
      return String((err as { stderr?: string }).stderr ?? err);
    }
  });
}

/** Text without any whitespace (line breaks, indents and full-width spaces are layout, not content). */
export const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The first of `needles` not found in `haystack` after the previous one (null: all found, in order). */
export function firstMissingInOrder(haystack: string, needles: string[]): string | null {
  let at = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, at);
    if (i < 0) return n;
    at = i + n.length;
  }
  return null;
}

/** Characters that must never begin a printed Japanese line (行頭禁則). */
export const lineStartForbidden = Array.from('、。，．・：；？！ー々ゝゞ）」』】〕］｝〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ');
