// [R-EXP-08] PDF rendering off the event loop: a real server (PDF_WORKERS=1, PDF_QUEUE=1) with a 100-page bill.
// While its PDF renders in the worker thread, collaboration goes on (an edit on another bill round-trips before
// the PDF arrives); exports beyond the worker and the queue get 503 with a JSON error; a client that leaves
// takes its job out of the queue, or has its result dropped (nothing audited); closing stops the worker.
// Everything waits on conditions (the renderer's own counts, documents, responses); nothing sleeps or times.
import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BillMeta } from '../../core/bill/meta';
import { billExtensions } from '../../core/bill/nodes';
import { billToText } from '../../core/bill/text';
import { generateBill } from '../fixtures/diff/billGenerator';
import { registerAdmin, type Session } from '../helpers/accounts';
import { seededRandom } from '../helpers/random';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { connectClient, synced, type YClient } from '../helpers/ywsClient';
import { download, pdfPages } from './exportHelpers';

const schema = getSchema(billExtensions);

let s: TestServer;
let owner: Session;
let big: BillMeta;
let small: BillMeta;
const clients: YClient[] = [];

async function newBill(title: string, templateId?: string): Promise<BillMeta> {
  const r = await owner.call<BillMeta>('POST', '/api/bills', { title, lang: 'ja', ...(templateId ? { templateId } : {}) });
  expect(r.status).toBe(201);
  return r.body;
}

function client(billId: string): YClient {
  const c = connectClient(s.wsUrl, billId, { headers: { cookie: owner.cookie } });
  clients.push(c);
  return c;
}

const stats = () => s.server.pdf.stats();
const exportedCount = async (billId: string) =>
  (await owner.call<{ entries: { action: string }[] }>('GET', `/api/bills/${billId}/audit`)).body.entries.filter((e) => e.action === 'bill.exported').length;

/** The first text node of a client's document (the bill title's). */
function firstText(c: YClient): Y.XmlText {
  const walk = (el: Y.XmlElement | Y.XmlFragment): Y.XmlText | null => {
    for (const child of el.toArray()) {
      if (child instanceof Y.XmlText) return child;
      if (child instanceof Y.XmlElement) {
        const t = walk(child);
        if (t) return t;
      }
    }
    return null;
  };
  const t = walk(c.fragment);
  if (!t) throw new Error('no text in the document');
  return t;
}

beforeAll(async () => {
  s = await startTestServer({ config: { pdf: { workers: 1, queueLimit: 1 } } });
  owner = await registerAdmin(s.url, 'owner');
  // The bench's Japanese bill: 3,100 generated provisions, 101 pages as a draft with line numbers.
  big = await newBill('大きな法律案');
  const json = generateBill(seededRandom(42), 'ja', 3100);
  const writer = client(big.id);
  await synced(writer);
  writer.doc.transact(() => writer.fragment.delete(0, writer.fragment.length));
  prosemirrorJSONToYXmlFragment(schema, json, writer.fragment);
  const expected = billToText(json, 'ja');
  await waitFor(async () => (await owner.call<{ text: string }>('GET', `/api/bills/${big.id}/content`)).body.text === expected, {
    timeout: 30_000,
    message: 'the server to hold the 100-page bill',
  });
  small = await newBill('小さな法律案', 'measure1.ja');
}, 60_000);

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await s.close();
  s.cleanup();
});

/** The draft as the bench renders it: line numbers and watermark on. */
const draftPath = (b: BillMeta) => `/api/bills/${b.id}/export.pdf?lineNumbers=1&watermark=1`;

describe('[R-EXP-08] PDF export in a worker thread', () => {
  it('while a 100-page draft renders, an edit on another bill round-trips between two collaborators before the PDF arrives', async () => {
    const [a, b] = [client(small.id), client(small.id)];
    await Promise.all([synced(a), synced(b)]);
    const order: string[] = [];
    const pdf = download(s.url, draftPath(big), owner).then((r) => {
      order.push('pdf');
      return r;
    });
    await waitFor(() => stats().running === 1, { timeout: 30_000, message: 'the draft to be rendering in the worker' });
    firstText(a).insert(0, '【編集中】');
    await waitFor(() => b.fragment.toString().includes('【編集中】'), { timeout: 30_000, message: 'the edit to reach the other collaborator' });
    order.push('collab');
    // Seen by the other collaborator while the PDF was still rendering.
    const renderingWhenSeen = stats().running;
    const r = await pdf;
    expect(order).toEqual(['collab', 'pdf']);
    expect(renderingWhenSeen).toBe(1);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(pdfPages(r.body)).toBeGreaterThanOrEqual(100);
    expect(stats()).toEqual({ workers: 1, running: 0, queued: 0 });
  });

  it('beyond the worker and the queue an export is refused at once: 503, a JSON error and Retry-After', async () => {
    const first = download(s.url, draftPath(big), owner);
    await waitFor(() => stats().running === 1, { timeout: 30_000, message: 'the first export to be rendering' });
    const second = download(s.url, `/api/bills/${small.id}/export.pdf`, owner);
    await waitFor(() => stats().queued === 1, { timeout: 30_000, message: 'the second export to wait for the worker' });
    const before = await exportedCount(small.id);
    const third = await fetch(`${s.url}/api/bills/${small.id}/compare.pdf?from=current`, { headers: { cookie: owner.cookie } });
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('5');
    const body = (await third.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('busy');
    expect(body.error.message).toMatch(/too many PDF exports in progress/);
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    // The refused export left no trace; the queued one was audited.
    expect(await exportedCount(small.id)).toBe(before + 1);
  });

  it('a client that leaves takes its waiting export out of the queue, and a rendering one is dropped unaudited', async () => {
    const bigBefore = await exportedCount(big.id);
    const smallBefore = await exportedCount(small.id);
    // Leaving while rendering: the worker finishes, the result goes nowhere.
    const leaving = new AbortController();
    const gone = fetch(`${s.url}${draftPath(big)}`, { headers: { cookie: owner.cookie }, signal: leaving.signal }).catch((err: unknown) => err);
    await waitFor(() => stats().running === 1, { timeout: 30_000, message: 'the export to be rendering' });
    // Leaving while queued: the job never reaches the worker.
    const waiting = new AbortController();
    const queued = fetch(`${s.url}/api/bills/${small.id}/export.pdf`, { headers: { cookie: owner.cookie }, signal: waiting.signal }).catch((err: unknown) => err);
    await waitFor(() => stats().queued === 1, { timeout: 30_000, message: 'the second export to wait' });
    waiting.abort();
    await waitFor(() => stats().queued === 0, { timeout: 30_000, message: 'the waiting export to leave the queue' });
    expect(stats().running).toBe(1);
    leaving.abort();
    expect(await gone).toMatchObject({ name: 'AbortError' });
    expect(await queued).toMatchObject({ name: 'AbortError' });
    await waitFor(() => stats().running === 0, { timeout: 30_000, message: 'the worker to finish the abandoned render' });
    expect(await exportedCount(big.id)).toBe(bigBefore);
    expect(await exportedCount(small.id)).toBe(smallBefore);
    // The worker is free again and serves the next export.
    const next = await download(s.url, `/api/bills/${small.id}/export.pdf`, owner);
    expect(next.status).toBe(200);
    expect(next.body.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('[R-EXP-08] shutdown', () => {
  it('close() terminates the PDF worker (tests and the server exit without waiting on it)', async () => {
    const other = await startTestServer({ config: { pdf: { workers: 1, queueLimit: 0 } } });
    try {
      await other.server.pdf.start();
      expect(other.server.pdf.stats().workers).toBe(1);
      await other.close();
      expect(other.server.pdf.stats()).toEqual({ workers: 0, running: 0, queued: 0 });
    } finally {
      other.cleanup();
    }
  });
});
