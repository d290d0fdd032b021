// Bad input: malformed frames close only that connection (4400), oversized ones 4413; HTTP gets clear 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import type { BillMeta } from '../../core/bill/meta';
import { CloseCode } from '../../core/collab/closeCodes';
import { api, startTestServer, type TestServer } from '../helpers/testServer';
import { registerAdmin, type Session } from '../helpers/accounts';
import { connectClient, converged, synced, type YClient } from '../helpers/ywsClient';
import { seededRandom } from '../helpers/random';
import { waitFor } from '../helpers/waitFor';
import * as Y from 'yjs';

let s: TestServer;
let bill: BillMeta;
let owner: Session;
let a: YClient;
let b: YClient;
const MAX = 64 * 1024;

beforeAll(async () => {
  s = await startTestServer({ config: { collab: { maxMessageBytes: MAX, pingIntervalMs: 30_000, storeTiming: { debounceMs: 2_000, maxWaitMs: 30_000 } } } });
  owner = await registerAdmin(s.url);
  bill = (await owner.call<BillMeta>('POST', '/api/bills', { title: '入力検証', lang: 'ja' })).body;
  a = connectClient(s.wsUrl, bill.id, { headers: { cookie: owner.cookie } });
  b = connectClient(s.wsUrl, bill.id, { headers: { cookie: owner.cookie } });
  await Promise.all([synced(a), synced(b)]);
});
afterAll(async () => {
  a.destroy();
  b.destroy();
  await s.close();
  s.cleanup();
});

/** Opens a raw socket to the bill's room, sends frames once it is open, resolves with the close code. */
function sendRaw(frames: (Uint8Array | string)[], room = bill.id): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${s.wsUrl}/${room}`, { headers: { cookie: owner.cookie } });
    ws.on('open', () => frames.forEach((f) => ws.send(f)));
    ws.on('close', (code) => resolve(code));
    ws.on('error', reject);
  });
}

/** The other clients still work: an edit by `a` reaches `b`. */
async function othersStillWork(marker: string) {
  const para = a.fragment.toArray().find((e) => e instanceof Y.XmlElement && e.nodeName === 'article') as Y.XmlElement;
  const sentence = ((para.get(1) as Y.XmlElement).get(0) as Y.XmlElement);
  let text = sentence.get(0) as Y.XmlText | undefined;
  if (!(text instanceof Y.XmlText)) {
    text = new Y.XmlText();
    sentence.insert(0, [text]);
  }
  text.insert(0, marker);
  await converged([a, b]);
  expect(b.fragment.toString()).toContain(marker);
  expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
}

const msg = (...parts: ((e: encoding.Encoder) => void)[]) => {
  const e = encoding.createEncoder();
  parts.forEach((p) => p(e));
  return encoding.toUint8Array(e);
};

describe('malformed WebSocket messages [R-BAD]', () => {
  it('[R-BAD-01] random bytes close that connection with 4400', async () => {
    const rnd = seededRandom(20261122);
    for (let i = 0; i < 20; i++) {
      const bytes = new Uint8Array(1 + rnd.int(200)).map(() => rnd.int(256));
      // Make sure the first byte is a real message type with garbage after it, or an unknown type.
      expect(await sendRaw([bytes])).toBe(CloseCode.Malformed);
    }
    await othersStillWork('乱数後も動く');
  });

  it('[R-BAD-02] a truncated sync message closes with 4400', async () => {
    const full = msg((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint8Array(e, new Uint8Array(50)));
    expect(await sendRaw([full.slice(0, 10)])).toBe(CloseCode.Malformed);
    await othersStillWork('切り詰め後も動く');
  });

  it('[R-BAD-03] an unknown message type, unknown sync type, text frame or trailing bytes close with 4400', async () => {
    expect(await sendRaw([msg((e) => encoding.writeVarUint(e, 7))])).toBe(CloseCode.Malformed);
    expect(await sendRaw([msg((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 9), (e) => encoding.writeVarUint8Array(e, new Uint8Array(1)))])).toBe(CloseCode.Malformed);
    expect(await sendRaw(['hello'])).toBe(CloseCode.Malformed);
    expect(await sendRaw([msg((e) => encoding.writeVarUint(e, 3), (e) => encoding.writeVarUint(e, 3))])).toBe(CloseCode.Malformed);
    await othersStillWork('型違い後も動く');
  });

  it('[R-BAD-04] a sync update holding garbage closes with 4400 and leaves the stored state intact', async () => {
    const before = b.fragment.toString();
    const garbage = msg((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint8Array(e, new Uint8Array([255, 255, 255, 255, 1, 2, 3])));
    expect(await sendRaw([garbage])).toBe(CloseCode.Malformed);
    expect(b.fragment.toString()).toBe(before);
    await othersStillWork('不正更新後も動く');
  });

  it('[R-BAD-05] an oversized message closes with 4413', async () => {
    const big = msg((e) => encoding.writeVarUint(e, 1), (e) => encoding.writeVarUint8Array(e, new Uint8Array(MAX + 10)));
    expect(await sendRaw([big])).toBe(CloseCode.TooLarge);
    await othersStillWork('巨大後も動く');
  });

  it('[R-BAD-06] a path that is not a room is refused at the upgrade', async () => {
    const code = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${s.url.replace('http', 'ws')}/elsewhere`);
      ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      ws.on('error', (err) => resolve(String(err)));
    });
    expect(code).toBe('404');
  });
});

describe('HTTP bad input', () => {
  it('[R-BAD-10] invalid JSON → 400 invalid_json', async () => {
    const r = await owner.call<{ error: { code: string; message: string } }>('POST', '/api/bills', '{"title": ');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_json');
  });
  it('[R-BAD-11] schema violations → 400 naming the field', async () => {
    const r = await owner.call<{ error: { code: string; message: string } }>('POST', '/api/bills', { title: 'x', lang: 'fr' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/lang/);
    expect((await owner.call('PATCH', `/api/bills/${bill.id}`, { title: '' })).status).toBe(400);
  });
  it('[R-BAD-12] unknown bill → 404, malformed id → 400, unknown route → 404', async () => {
    expect((await owner.call('GET', '/api/bills/unknownbill')).status).toBe(404);
    expect((await owner.call('GET', '/api/bills/unknownbill/content')).status).toBe(404);
    expect((await owner.call('DELETE', '/api/bills/unknownbill')).status).toBe(404);
    expect((await owner.call('GET', '/api/bills/bad%20id!')).status).toBe(400);
    expect((await owner.call('GET', '/api/nothing')).status).toBe(404);
  });
  it('[R-BAD-13] an oversized body → 413, and the server keeps serving', async () => {
    const r = await owner.call('POST', '/api/bills', { title: 'x'.repeat(3 * 1024 * 1024), lang: 'ja' });
    expect(r.status).toBe(413);
    expect((await api(s.url, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
  });
  it('[R-BAD-14] errors never carry stack traces', async () => {
    const r = await owner.call<{ error: { message: string } }>('POST', '/api/bills', '{');
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('server health after abuse', () => {
  it('keeps serving after all of the above', async () => {
    await waitFor(async () => (await api(s.url, 'GET', '/healthz')).status === 200);
  });
});
