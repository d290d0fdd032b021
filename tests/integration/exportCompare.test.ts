// [R-CMP] Comparison PDF (新旧対照表 / redline) and exports of saved versions: a named version, then an
// edit through a stock y-websocket client, then the PDFs read back with pdftotext, column by column.
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillContent, BillMeta } from '../../core/bill/meta';
import { billLines } from '../../core/bill/text';
import { addUser, registerAdmin, type Session } from '../helpers/accounts';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { connectClient, synced, type YClient } from '../helpers/ywsClient';
import { download, firstMissingInOrder, pdfText, portraitBody, squash, type Crop } from './exportHelpers';

let s: TestServer;
let owner: Session;
let viewer: Session;
let outsider: Session;
const clients: YClient[] = [];
const ja = { bill: null as unknown as BillMeta, v1: '', old: null as unknown as BillContent, cur: null as unknown as BillContent };
const en = { bill: null as unknown as BillMeta, v1: '' };

// A4 landscape: the table body, and its two halves (new text left, old text right).
const table: Crop = { x: 55, y: 60, w: 732, h: 480 };
const leftColumn: Crop = { ...table, w: 366 };
const rightColumn: Crop = { ...table, x: 421, w: 366 };

/** Inserts `word` at the start of the n-th paragraph sentence, through a collaboration client. */
async function edit(bill: BillMeta, n: number, word: string): Promise<void> {
  const c = connectClient(s.wsUrl, bill.id, { headers: { cookie: owner.cookie } });
  clients.push(c);
  await synced(c);
  const sentences: Y.XmlText[] = [];
  const walk = (el: Y.XmlElement | Y.XmlFragment) => {
    for (const child of el.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === 'paragraphSentence' && child.get(0) instanceof Y.XmlText) sentences.push(child.get(0) as Y.XmlText);
      else walk(child);
    }
  };
  walk(c.fragment);
  sentences[n]?.insert(0, word);
  await waitFor(async () => (await owner.call<BillContent>('GET', `/api/bills/${bill.id}/content`)).body.text.includes(word), { message: 'edit stored' });
}

async function version(bill: BillMeta, label: string): Promise<string> {
  const r = await owner.call<{ id: string }>('POST', `/api/bills/${bill.id}/versions`, { label });
  expect(r.status).toBe(201);
  return r.body.id;
}

beforeAll(async () => {
  s = await startTestServer();
  owner = await registerAdmin(s.url, 'owner');
  viewer = await addUser(s.url, owner, 'viewer');
  outsider = await addUser(s.url, owner, 'outsider');
  ja.bill = (await owner.call<BillMeta>('POST', '/api/bills', { title: '対照表確認法案', lang: 'ja', templateId: 'measure1.ja' })).body;
  en.bill = (await owner.call<BillMeta>('POST', '/api/bills', { title: 'Redline Bill', lang: 'en', templateId: 'measure1.en' })).body;
  expect((await owner.call('PUT', `/api/bills/${ja.bill.id}/members`, { username: 'viewer', role: 'viewer' })).status).toBe(200);
  ja.v1 = await version(ja.bill, '第一次案');
  en.v1 = await version(en.bill, 'first draft');
  ja.old = (await owner.call<BillContent>('GET', `/api/bills/${ja.bill.id}/content`)).body;
  await edit(ja.bill, 2, '改正挿入語');
  await edit(en.bill, 0, 'Redlined insertion ');
  ja.cur = (await owner.call<BillContent>('GET', `/api/bills/${ja.bill.id}/content`)).body;
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await s.close();
  s.cleanup();
});

describe('[R-CMP-01] 新旧対照表', () => {
  it('is a two-column table: 改正案 (new) left, 現行 (old) right, each with its whole text in order', async () => {
    const r = await download(s.url, `/api/bills/${ja.bill.id}/compare.pdf?from=${ja.v1}&to=current`, owner);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(decodeURIComponent(r.headers.get('content-disposition') ?? '')).toMatch(/対照表確認法案_新旧対照表_\d{4}-\d{2}-\d{2}\.pdf$/);
    // The header row repeats on every page the table runs over; a provision may run across pages.
    const column = (crop: Crop, header: string) => {
      const rows = pdfText(r.body, { layout: true, crop }).split('\n').map((l) => l.trim());
      expect(rows.filter((l) => l === header).length).toBeGreaterThan(1);
      return squash(rows.filter((l) => l !== header).join('\n'));
    };
    const left = column(leftColumn, '改正案');
    const right = column(rightColumn, '現行');
    const lines = (c: BillContent) => billLines(c.json, 'ja').map((l) => squash(l.line));
    // Titles span the page above the table; compare the provisions.
    expect(firstMissingInOrder(left, lines(ja.cur).slice(1))).toBeNull();
    expect(firstMissingInOrder(right, lines(ja.old).slice(1))).toBeNull();
    expect(left).toContain('改正挿入語');
    expect(right).not.toContain('改正挿入語');
  });

  it('with changedOnly, prints the changed provisions and （略） for the rest', async () => {
    const full = await download(s.url, `/api/bills/${ja.bill.id}/compare.pdf?from=${ja.v1}`, owner);
    const short = await download(s.url, `/api/bills/${ja.bill.id}/compare.pdf?from=${ja.v1}&changedOnly=1`, owner);
    expect(short.status).toBe(200);
    const text = squash(pdfText(short.body, { layout: true, crop: table }));
    expect(text).toContain('（略）');
    expect(text).toContain('改正挿入語');
    expect(short.body.length).toBeLessThan(full.body.length);
  });

  it('a comparison of two versions, or in the other direction, works too', async () => {
    const v2 = await version(ja.bill, '第二次案');
    const r = await download(s.url, `/api/bills/${ja.bill.id}/compare.pdf?from=${v2}&to=${ja.v1}`, owner);
    expect(r.status).toBe(200);
    expect(squash(pdfText(r.body, { layout: true, crop: rightColumn }))).toContain('改正挿入語');
    expect(squash(pdfText(r.body, { layout: true, page: 1 }))).toContain(squash('改正案：第一次案　現行：第二次案'));
  });
});

describe('[R-CMP-02] English redline', () => {
  it('is one column with the old and the new words, by default for English bills', async () => {
    const r = await download(s.url, `/api/bills/${en.bill.id}/compare.pdf?from=${en.v1}`, owner);
    expect(r.status).toBe(200);
    const text = pdfText(r.body, { layout: true, crop: portraitBody });
    expect(text).toContain('Redline');
    expect(text).toContain('Redlined insertion');
    expect(decodeURIComponent(r.headers.get('content-disposition') ?? '')).toContain('_comparison_');
  });

  it('can be a table too (view=table)', async () => {
    const r = await download(s.url, `/api/bills/${en.bill.id}/compare.pdf?from=${en.v1}&view=table`, owner);
    expect(r.status).toBe(200);
    expect(squash(pdfText(r.body, { layout: true, crop: leftColumn }))).toContain('Redlinedinsertion');
    expect(squash(pdfText(r.body, { layout: true, crop: rightColumn }))).not.toContain('Redlinedinsertion');
  });
});

describe('[R-CMP-03] exports of a saved version', () => {
  it('prints the version, labelled, not the live text', async () => {
    const r = await download(s.url, `/api/bills/${ja.bill.id}/export.pdf?version=${ja.v1}`, owner);
    expect(r.status).toBe(200);
    expect(decodeURIComponent(r.headers.get('content-disposition') ?? '')).toContain('_第一次案_');
    expect(pdfText(r.body, { page: 1 })).toContain('第一次案');
    expect(squash(pdfText(r.body))).not.toContain('改正挿入語');
    const xml = await download(s.url, `/api/bills/${ja.bill.id}/export.xml?version=${ja.v1}`, owner);
    expect(xml.status).toBe(200);
    expect(xml.body.toString('utf8')).not.toContain('改正挿入語');
  });

  it('an unknown version is 404, a malformed one 400, a comparison without from 400', async () => {
    expect((await download(s.url, `/api/bills/${ja.bill.id}/export.pdf?version=nosuchversion`, owner)).status).toBe(404);
    expect((await download(s.url, `/api/bills/${ja.bill.id}/export.pdf?version=a%20b`, owner)).status).toBe(400);
    expect((await download(s.url, `/api/bills/${ja.bill.id}/compare.pdf`, owner)).status).toBe(400);
    expect((await download(s.url, `/api/bills/${ja.bill.id}/compare.pdf?from=${ja.v1}&view=sideways`, owner)).status).toBe(400);
  });
});

describe('[R-CMP-04] who may compare', () => {
  it('a viewer may; a non-member gets 404; nobody signed in gets 401; each export is audited', async () => {
    const path = `/api/bills/${ja.bill.id}/compare.pdf?from=${ja.v1}`;
    expect((await download(s.url, path, viewer)).status).toBe(200);
    expect((await download(s.url, path, outsider)).status).toBe(404);
    expect((await download(s.url, path)).status).toBe(401);
    const entries = (await owner.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('GET', `/api/bills/${ja.bill.id}/audit`)).body.entries;
    expect(entries.some((e) => e.action === 'bill.exported' && e.detail.format === 'compare-pdf' && e.detail.version === `${ja.v1}..current`)).toBe(true);
  });
});
