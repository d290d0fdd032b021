// [R-VER-16..19] An editor's client asks for an automatic version right before it replaces text (a clause
// alternative swap): POST /api/bills/:id/versions/auto { reason, seen? }. Real server, stock y-websocket clients.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from 'lib0/buffer';
import { addUser } from '../helpers/accounts';
import { api, type TestServer } from '../helpers/testServer';
import { converged, synced, type YClient } from '../helpers/ywsClient';
import { waitFor } from '../helpers/waitFor';
import { sentenceText, templateBill, versionsHarness, type VersionContentJSON, type VersionJSON } from './versionsHelpers';

const h = versionsHarness();
afterEach(() => h.cleanup());

type AutoAnswer = { version: VersionJSON | null };
type Who = { call: <T>(m: string, p: string, b?: unknown) => Promise<{ status: number; body: T }> };

/** What the browser sends: its Y.snapshot (state vector + delete set), base64. */
const seenBy = (c: YClient) => toBase64(Y.encodeSnapshotV2(Y.snapshot(c.doc)));
const autoPath = (billId: string) => `/api/bills/${billId}/versions/auto`;
const versionText = async (who: Who, billId: string, vid: string) =>
  (await who.call<VersionContentJSON>('GET', `/api/bills/${billId}/versions/${vid}`)).body.text;
const listOf = async (who: Who, billId: string) =>
  (await who.call<{ versions: VersionJSON[] }>('GET', `/api/bills/${billId}/versions`)).body.versions;

/** Replaces the first sentence in one transaction, as a swap replaces a provision. */
function swapFirstSentence(c: YClient, text: string): void {
  c.doc.transact(() => {
    const t = sentenceText(c, 0);
    t.delete(0, t.length);
    t.insert(0, text);
  });
}

async function twoClients(s: TestServer, who: Parameters<typeof h.client>[1], billId: string) {
  const a = h.client(s, who, billId);
  const b = h.client(s, who, billId);
  await Promise.all([synced(a), synced(b)]);
  await waitFor(() => a.fragment.length > 0 && b.fragment.length > 0);
  return { a, b };
}

describe('automatic versions before a client replaces text [R-VER]', () => {
  it('[R-VER-16] holds the text just before the swap — the swapper’s last keystrokes included — and skips an unchanged bill', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const { a, b } = await twoClients(s, owner, bill.id);

    // Typed, then "use this wording" at once: the request does not wait for b, nor for a round trip.
    sentenceText(a, 0).insert(0, '直前の編集。');
    const r = await owner.call<AutoAnswer>('POST', autoPath(bill.id), { reason: 'alternative', seen: seenBy(a) });
    expect(r.status).toBe(201);
    expect(r.body.version).toMatchObject({
      auto: true,
      reason: 'alternative',
      label: 'Automatic: before swapping a clause alternative',
      author: { id: owner.user.id, username: 'owner' },
    });
    const vid = r.body.version?.id ?? '';
    swapFirstSentence(a, '差し替え後の文言。');
    await converged([a, b]);
    expect(sentenceText(b, 0).toString()).toBe('差し替え後の文言。');

    const kept = await versionText(owner, bill.id, vid);
    expect(kept).toContain('直前の編集。');
    expect(kept).not.toContain('差し替え後の文言。');
    const live = (await owner.call<{ text: string }>('GET', `/api/bills/${bill.id}/content`)).body.text;
    expect(live).toContain('差し替え後の文言。');

    // Nothing changed since the newest version: no second, identical one.
    const again = await owner.call<AutoAnswer>('POST', autoPath(bill.id), { reason: 'alternative', seen: seenBy(a) });
    expect(again.status).toBe(201); // the swap changed the text since
    expect((await owner.call<AutoAnswer>('POST', autoPath(bill.id), { reason: 'template' })).body).toEqual({ version: null });
    const unchanged = await owner.call<AutoAnswer>('POST', autoPath(bill.id), { reason: 'alternative', seen: seenBy(b) });
    expect([unchanged.status, unchanged.body.version]).toEqual([200, null]);
    expect((await listOf(owner, bill.id)).map((v) => v.id)).toEqual([again.body.version?.id, vid]);

    const entries = (await owner.call<{ entries: { action: string; userId: string | null; detail: Record<string, unknown> }[] }>('GET', `/api/bills/${bill.id}/audit`))
      .body.entries;
    const created = entries.filter((e) => e.action === 'version.created');
    expect(created.map((e) => e.detail)).toEqual([
      { versionId: again.body.version?.id, label: 'Automatic: before swapping a clause alternative', auto: true, reason: 'alternative' },
      { versionId: vid, label: 'Automatic: before swapping a clause alternative', auto: true, reason: 'alternative' },
    ]);
  });

  it('[R-VER-17] waits for edits still on their way over the socket, deletions too; a template operation is labelled as such', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const { a, b } = await twoClients(s, owner, bill.id);
    const before = sentenceText(a, 0).toString();
    // a's socket drops; it deletes words (a deletion leaves the state vector as it was) and asks.
    a.provider.disconnect();
    sentenceText(a, 0).delete(0, 5);
    const after = sentenceText(a, 0).toString();
    const pending = owner.call<AutoAnswer>('POST', autoPath(bill.id), { reason: 'template', seen: seenBy(a) });
    a.provider.connect();
    const r = await pending;
    expect(r.status).toBe(201);
    expect(r.body.version).toMatchObject({ auto: true, reason: 'template', label: 'Automatic: before a template operation' });
    const kept = await versionText(owner, bill.id, r.body.version?.id ?? '');
    expect(kept).toContain(after);
    expect(kept).not.toContain(before);
    await converged([a, b]);
  });

  it('[R-VER-18] edits that never arrive: 409, no version, and the client may ask again once connected', async () => {
    const { s, owner } = await h.start({ versions: { autoIntervalMs: 3_600_000, autoKeep: 50, catchUpMs: 200 } });
    const bill = await templateBill(owner);
    const { a, b } = await twoClients(s, owner, bill.id);
    a.provider.disconnect();
    sentenceText(a, 0).insert(0, 'オフラインの編集。');
    const refused = await owner.call<{ error: { code: string; message: string } }>('POST', autoPath(bill.id), { reason: 'alternative', seen: seenBy(a) });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'conflict']);
    expect(await listOf(owner, bill.id)).toEqual([]);
    // Without `seen` the server keeps what it has, which does not have the offline edit.
    const serverSide = await owner.call<AutoAnswer>('POST', autoPath(bill.id), { reason: 'alternative' });
    expect(serverSide.status).toBe(201);
    expect(await versionText(owner, bill.id, serverSide.body.version?.id ?? '')).not.toContain('オフラインの編集。');
    a.provider.connect();
    await converged([a, b]);
    const r = await owner.call<AutoAnswer>('POST', autoPath(bill.id), { reason: 'alternative', seen: seenBy(a) });
    expect(r.status).toBe(201);
    expect(await versionText(owner, bill.id, r.body.version?.id ?? '')).toContain('オフラインの編集。');
  });

  it('[R-VER-19] roles as for creating versions; bad bodies are 400; the named-version POST is unchanged', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const people = {
      editor: await addUser(s.url, owner, 'editor1'),
      reviewer: await addUser(s.url, owner, 'reviewer1'),
      viewer: await addUser(s.url, owner, 'viewer1'),
      stranger: await addUser(s.url, owner, 'stranger1'),
    };
    for (const [username, role] of [['editor1', 'editor'], ['reviewer1', 'reviewer'], ['viewer1', 'viewer']]) {
      expect((await owner.call('PUT', `/api/bills/${bill.id}/members`, { username, role })).status).toBe(200);
    }
    const body = { reason: 'alternative' };
    expect((await api(s.url, 'POST', autoPath(bill.id), body)).status).toBe(401);
    expect((await people.stranger.call('POST', autoPath(bill.id), body)).status).toBe(404);
    expect((await people.editor.call('POST', autoPath('nope'), body)).status).toBe(404);
    for (const who of [people.reviewer, people.viewer]) {
      const refused = await who.call<{ error: { code: string } }>('POST', autoPath(bill.id), body);
      expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
    }
    expect(await listOf(owner, bill.id)).toEqual([]);
    const made = await people.editor.call<AutoAnswer>('POST', autoPath(bill.id), body);
    expect([made.status, made.body.version?.author?.username, made.body.version?.auto]).toEqual([201, 'editor1', true]);

    const bad = [
      {},
      { reason: 'export' },
      { reason: 'editing' },
      { auto: true },
      { label: '閣議請議案' },
      { reason: 'alternative', seen: 'not base64!' },
      { reason: 'alternative', seen: 'abcd' },
      { reason: 'alternative', seen: 42 },
      { reason: 'alternative', seen: 'A'.repeat(1_000_004) },
    ];
    for (const input of bad) {
      const r = await owner.call<{ error: { code: string } }>('POST', autoPath(bill.id), input);
      expect([r.status, r.body.error.code], JSON.stringify(input).slice(0, 80)).toEqual([400, 'invalid']);
    }
    expect((await owner.call('POST', autoPath(bill.id), 'reason=alternative', { 'content-type': 'text/plain' })).status).toBe(415);

    // The named-version POST keeps its contract.
    const named = await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: '閣議請議案' });
    expect([named.status, named.body.label, named.body.auto]).toEqual([201, '閣議請議案', false]);
    expect((await listOf(owner, bill.id)).map((v) => [v.auto, v.reason])).toEqual([
      [false, null],
      [true, 'alternative'],
    ]);
  });
});
