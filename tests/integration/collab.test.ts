// Real server on port 0, real SQLite file, stock y-websocket clients.
import type { Config } from '../../server/src/config';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BillContent, BillMeta } from '../../core/bill/meta';
import { CloseCode } from '../../core/collab/closeCodes';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { login, registerAdmin, type Session } from '../helpers/accounts';
import { connectClient, converged, synced, type YClient } from '../helpers/ywsClient';
import { waitFor } from '../helpers/waitFor';

let servers: TestServer[] = [];
let clients: YClient[] = [];
afterEach(async () => {
  clients.forEach((c) => c.destroy());
  clients = [];
  for (const s of servers) await s.close().catch(() => {});
  servers.forEach((s) => s.cleanup());
  servers = [];
});

let owner: Session;
async function setup(dataDir?: string, config?: Partial<Config>) {
  const s = await startTestServer({ ...(dataDir ? { dataDir } : {}), ...(config ? { config } : {}) });
  servers.push(s);
  owner = dataDir ? await login(s.url, 'admin') : await registerAdmin(s.url);
  return s;
}
const client = (s: TestServer, billId: string) => {
  const c = connectClient(s.wsUrl, billId, { headers: { cookie: owner.cookie } });
  clients.push(c);
  return c;
};
const createBill = async (_s: TestServer, title = '共同編集テスト法案') =>
  (await owner.call<BillMeta>('POST', '/api/bills', { title, lang: 'ja' })).body;

/** The Y.XmlText of the n-th paragraph sentence in document order. */
function sentence(c: YClient, n: number): Y.XmlText {
  const found: Y.XmlText[] = [];
  const walk = (el: Y.XmlElement | Y.XmlFragment) => {
    for (const child of el.toArray()) {
      if (child instanceof Y.XmlElement) {
        if (child.nodeName === 'paragraphSentence') {
          const text = child.get(0);
          if (text instanceof Y.XmlText) found.push(text);
          else {
            const t = new Y.XmlText();
            child.insert(0, [t]);
            found.push(t);
          }
        } else walk(child);
      }
    }
  };
  walk(c.fragment);
  const s = found[n];
  if (!s) throw new Error(`no sentence ${n}`);
  return s;
}

/** Appends a new article (cloned from the first one, emptied) at the end of the body. */
function appendArticle(c: YClient): void {
  const first = c.fragment.toArray().find((e) => e instanceof Y.XmlElement && e.nodeName === 'article') as Y.XmlElement;
  const clone = first.clone();
  clone.setAttribute('pid', crypto.randomUUID());
  c.fragment.insert(c.fragment.length, [clone]);
}

describe('collaboration server with stock y-websocket clients', () => {
  it('[R-COL-01] two clients editing different provisions converge', async () => {
    const s = await setup();
    const bill = await createBill(s);
    const a = client(s, bill.id);
    await synced(a);
    appendArticle(a);
    const b = client(s, bill.id);
    await synced(b);
    await converged([a, b]);
    sentence(a, 0).insert(0, 'この法律は、目的を定める。');
    sentence(b, 1).insert(0, '第二条の本文。');
    await converged([a, b]);
    expect(a.fragment.toString()).toContain('この法律は、目的を定める。');
    expect(a.fragment.toString()).toContain('第二条の本文。');
    const content = (await owner.call<BillContent>('GET', `/api/bills/${bill.id}/content`)).body;
    expect(content.text.split('\n')).toEqual(['共同編集テスト法案', '第一条　この法律は、目的を定める。', '第二条　第二条の本文。']);
  });

  it('[R-COL-02] a client joining late receives the full state', async () => {
    const s = await setup();
    const bill = await createBill(s);
    const a = client(s, bill.id);
    await synced(a);
    for (let i = 0; i < 5; i++) appendArticle(a);
    sentence(a, 3).insert(0, '遅れて参加しても見える。');
    const b = client(s, bill.id);
    await synced(b);
    await converged([a, b]);
    expect(b.json()).toEqual(a.json());
  });

  it('[R-COL-03] the content survives a server restart with the same data dir', async () => {
    const s1 = await setup();
    const bill = await createBill(s1);
    const a = client(s1, bill.id);
    const watcher = client(s1, bill.id);
    await Promise.all([synced(a), synced(watcher)]);
    appendArticle(a);
    sentence(a, 1).insert(0, '再起動後も残る。');
    // What the watcher has seen, the server had stored before relaying it.
    await converged([a, watcher]);
    const seen = watcher.json();
    a.destroy();
    watcher.destroy();
    clients = [];
    await s1.close();
    servers = [];
    const s2 = await setup(s1.dataDir);
    const c = client(s2, bill.id);
    await synced(c);
    await waitFor(() => c.fragment.length > 0);
    expect(c.json()).toEqual(seen);
  });

  it('[R-COL-04] a crash after relaying loses nothing: updates are in SQLite before any client sees them', async () => {
    const s1 = await setup();
    const bill = await createBill(s1);
    const a = client(s1, bill.id);
    const b = client(s1, bill.id);
    await Promise.all([synced(a), synced(b)]);
    sentence(a, 0).insert(0, '保存前に中継しない。');
    await converged([a, b]);
    // Read storage directly, without unloading the room or compacting.
    const stored = await s1.server.storage.docs.load(bill.id);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    stored.updates.forEach((u) => Y.applyUpdate(doc, u));
    expect(doc.getXmlFragment('content').toString()).toContain('保存前に中継しない。');
  });

  it('[R-COL-05] the room unloads after the last client leaves, with its state compacted', async () => {
    const s = await setup();
    const bill = await createBill(s);
    const a = client(s, bill.id);
    await synced(a);
    sentence(a, 0).insert(0, '圧縮される。');
    await waitFor(async () => (await s.server.storage.docs.load(bill.id)).updates.length > 0);
    expect(s.server.collab.roomCount).toBe(1);
    a.destroy();
    clients = [];
    await waitFor(() => s.server.collab.roomCount === 0, { message: 'room unload' });
    const stored = await waitFor(async () => {
      const st = await s.server.storage.docs.load(bill.id);
      return st.updates.length === 0 ? st : null;
    });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot ?? new Uint8Array());
    expect(doc.getXmlFragment('content').toString()).toContain('圧縮される。');
    // Stored text edits count as changes to the bill.
    const meta = await s.server.storage.bills.get(bill.id);
    expect(meta && meta.updatedAt > bill.createdAt).toBe(true);
  });

  it('[R-COL-06] awareness is relayed and cleaned up when a client disconnects', async () => {
    const s = await setup();
    const bill = await createBill(s);
    const a = client(s, bill.id);
    const b = client(s, bill.id);
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Aiko', color: '#c00' });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Aiko');
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), { message: 'awareness cleanup' });
  });

  it('[R-COL-07] unknown bill closes with 4404; deleting a bill closes its sockets with 4404', async () => {
    const s = await setup();
    const ghost = client(s, 'no-such-bill');
    await waitFor(() => ghost.closes.some((c) => c.code === CloseCode.NotFound));
    const bill = await createBill(s);
    const a = client(s, bill.id);
    await synced(a);
    expect((await owner.call('DELETE', `/api/bills/${bill.id}`)).status).toBe(204);
    await waitFor(() => a.closes.some((c) => c.code === CloseCode.NotFound));
    expect((await owner.call('GET', `/api/bills/${bill.id}/content`)).status).toBe(404);
    await waitFor(() => s.server.collab.roomCount === 0);
    expect(await s.server.storage.docs.load(bill.id)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
  });

  it('[R-COL-08] under continuous editing the room still compacts, at the latest after maxWait', async () => {
    const s = await setup(undefined, {
      collab: { maxMessageBytes: 1 << 20, pingIntervalMs: 30_000, storeTiming: { debounceMs: 150, maxWaitMs: 400 } },
    });
    const bill = await createBill(s);
    const a = client(s, bill.id);
    await synced(a);
    const text = sentence(a, 0);
    // Keep typing faster than the debounce: only maxWait can trigger a store.
    const typing = setInterval(() => text.insert(text.length, '字'), 50);
    try {
      const compacted = async () => {
        const stored = await s.server.storage.docs.load(bill.id);
        const doc = new Y.Doc();
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
        return doc.getXmlFragment('content').toString().includes('字');
      };
      // Typing never pauses for the debounce: without maxWait this would time out.
      await waitFor(compacted, { message: 'a compaction while typing' });
    } finally {
      clearInterval(typing);
    }
  });

  it('[R-COL-09] keepalive: a socket that stops answering pings is terminated and leaves the room', async () => {
    const s = await setup(undefined, {
      collab: { maxMessageBytes: 1 << 20, pingIntervalMs: 100, storeTiming: { debounceMs: 2_000, maxWaitMs: 30_000 } },
    });
    const bill = await createBill(s);
    const { default: WebSocket } = await import('ws');
    const silent = new WebSocket(`${s.wsUrl}/${bill.id}`, { headers: { cookie: owner.cookie }, autoPong: false });
    const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    await waitFor(() => s.server.collab.roomCount === 1, { message: 'joined' });
    const healthy = client(s, bill.id);
    await synced(healthy);
    expect(await closed).toBe(1006);
    // The healthy client (which answers pings) stays connected.
    await waitFor(() => s.server.collab.getLoadedRoom(bill.id)?.connections.size === 1, { message: 'dead socket dropped' });
    expect(healthy.provider.wsconnected).toBe(true);
  });
});
