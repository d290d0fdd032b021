// [R-REV-ROOM] The review room `/collab/<billId>:review`: every member syncs it read-only over the stock
// y-websocket protocol (writes are dropped whole), sees new comments live, and it is persisted and
// deleted with the bill. Non-members, anonymous users and unknown bills are refused like the bill room.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../core/collab/closeCodes';
import { reviewRoomName } from '../../core/collab/roomNames';
import { readThreads, threadsMap } from '../../core/review/readThreads';
import type { ThreadRecord } from '../../core/review/types';
import { articleJSON, billJSON, paragraphJSON } from '../../core/bill/builders';
import type { ThreadView } from '../../core/review/threadView';
import { login, registerAdmin } from '../helpers/accounts';
import { startTestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { connectClient, synced, type YClient } from '../helpers/ywsClient';
import { startReviewWorld, type Named, type ReviewWorld } from './reviewFixtures';

let w: ReviewWorld;
const clients: YClient[] = [];
beforeAll(async () => {
  w = await startReviewWorld();
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await w.close();
});

const reviewClient = (who: Named | null, billId: string): YClient => {
  const c = connectClient(
    w.s.wsUrl,
    reviewRoomName(billId),
    who ? { headers: { cookie: w.users[who].cookie } } : {},
  );
  clients.push(c);
  return c;
};
const forged = (id: string): ThreadRecord => ({
  id,
  kind: 'comment',
  pid: 'p',
  anchor: null,
  waiver: null,
  status: 'open',
  createdBy: { id: 'x', username: 'x', displayName: 'x' },
  createdAt: new Date(0).toISOString(),
  statusBy: null,
  statusAt: null,
  comments: [],
});

/** Waits until the server has processed everything `c` sent before: its later awareness reaches `observer`. */
async function flushed(c: YClient, observer: YClient, tag: string) {
  c.provider.awareness.setLocalStateField('flush', tag);
  await waitFor(() => observer.provider.awareness.getStates().get(c.doc.clientID)?.flush === tag, {
    message: `flush ${tag}`,
  });
}

describe('[R-REV-ROOM-01] every role syncs the review room read-only and sees comments live', () => {
  it('owner, editor, reviewer and viewer: writes dropped, a new comment appears in every client', async () => {
    const bill = await w.bill();
    const first = await w.call<ThreadRecord>('editor', 'POST', `/api/bills/${bill.id}/threads`, {
      anchor: { pid: bill.pids[1], quote: '国外' },
      body: '範囲を限定すべき。',
    });
    expect(first.status).toBe(201);
    const roles = ['owner', 'editor', 'reviewer', 'viewer'] as const;
    const byRole = roles.map((r) => reviewClient(r, bill.id));
    await Promise.all(byRole.map(synced));
    for (const c of byRole) expect(readThreads(c.doc).map((t) => t.id)).toEqual([first.body.id]);
    const observer = byRole[0] as YClient;
    for (const [i, c] of byRole.entries()) {
      threadsMap(c.doc).set(`forged-${roles[i]}`, forged(`forged-${roles[i]}`));
      await flushed(c, observer === c ? (byRole[1] as YClient) : observer, `w${i}`);
    }
    const listed = await w.threads(bill.id);
    expect(listed.map((t) => t.id)).toEqual([first.body.id]);
    const late = reviewClient('viewer', bill.id);
    await synced(late);
    expect(readThreads(late.doc).map((t) => t.id)).toEqual([first.body.id]);

    const reply = await w.call<ThreadRecord>(
      'reviewer',
      'POST',
      `/api/bills/${bill.id}/threads/${first.body.id}/replies`,
      { body: '@editor 賛成です。' },
    );
    expect(reply.status).toBe(201);
    for (const c of [...byRole, late]) {
      await waitFor(
        () =>
          threadsMap(c.doc)
            .get(first.body.id)
            ?.comments.some((m) => m.body === '@editor 賛成です。'),
        { message: 'live reply' },
      );
    }
    const resolved = await w.call('owner', 'PATCH', `/api/bills/${bill.id}/threads/${first.body.id}`, {
      status: 'resolved',
    });
    expect(resolved.status).toBe(200);
    await waitFor(() => threadsMap(late.doc).get(first.body.id)?.status === 'resolved', {
      message: 'live status',
    });
    expect(byRole.every((c) => c.closes.length === 0)).toBe(true);
  });
});

describe('[R-REV-ROOM-02] access to the review room', () => {
  it('non-member 4403, anonymous 4401, unknown bill 4404, a malformed room name is refused', async () => {
    const bill = await w.bill();
    const outsider = reviewClient('outsider', bill.id);
    const anonymous = reviewClient(null, bill.id);
    const unknown = reviewClient('owner', 'nosuchbill');
    await waitFor(() => outsider.closes[0]?.code === CloseCode.Forbidden, { message: '4403' });
    await waitFor(() => anonymous.closes[0]?.code === CloseCode.NotSignedIn, { message: '4401' });
    await waitFor(() => unknown.closes[0]?.code === CloseCode.NotFound, { message: '4404' });
    const bad = connectClient(w.s.wsUrl, `${bill.id}:reviews`, { headers: { cookie: w.users.owner.cookie } });
    clients.push(bad);
    await waitFor(() => bad.closes.length > 0, { message: 'refused' });
    expect(bad.provider.synced).toBe(false);
  });

  it('removing a member closes their review socket (4403); deleting the bill closes it (4404) and deletes the document', async () => {
    const bill = await w.bill();
    const extra = reviewClient('extra', bill.id);
    const viewer = reviewClient('viewer', bill.id);
    await Promise.all([synced(extra), synced(viewer)]);
    expect((await w.call('owner', 'DELETE', `/api/bills/${bill.id}/members/extra`)).status).toBe(204);
    await waitFor(() => extra.closes[0]?.code === CloseCode.Forbidden, { message: 'member removed' });
    await w.call('owner', 'POST', `/api/bills/${bill.id}/threads`, {
      anchor: { pid: bill.pids[0], quote: '通信' },
      body: '削除前',
    });
    expect((await w.call('owner', 'DELETE', `/api/bills/${bill.id}`)).status).toBe(204);
    await waitFor(() => viewer.closes.some((c) => c.code === CloseCode.NotFound), {
      message: 'bill deleted',
    });
    const stored = await w.s.server.storage.docs.load(reviewRoomName(bill.id));
    expect(stored).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
  });
});

describe('[R-REV-ROOM-03] the review document is persisted like the bill', () => {
  it('threads survive a server restart with the same data dir', async () => {
    const s = await startTestServer();
    let again: Awaited<ReturnType<typeof startTestServer>> | null = null;
    try {
      const owner = await registerAdmin(s.url, 'owner');
      const para = paragraphJSON('この法律は、公布の日から施行する。');
      const bill = await s.server.bills.create(owner.user, {
        title: '永続',
        lang: 'ja',
        content: billJSON('永続', [articleJSON('施行', [para])]),
      });
      const made = await owner.call<ThreadRecord>('POST', `/api/bills/${bill.id}/threads`, {
        anchor: { pid: para.attrs?.pid, quote: '公布の日' },
        body: '残ること',
      });
      expect(made.status).toBe(201);
      await s.close();
      again = await startTestServer({ dataDir: s.dataDir });
      const back = await login(again.url, 'owner');
      const listed = await back.call<{ threads: ThreadView[] }>('GET', `/api/bills/${bill.id}/threads`);
      expect(listed.body.threads.map((t) => [t.id, t.comments[0]?.body, t.range?.text])).toEqual([
        [made.body.id, '残ること', '公布の日'],
      ]);
      const c = connectClient(again.wsUrl, reviewRoomName(bill.id), { headers: { cookie: back.cookie } });
      clients.push(c);
      await synced(c);
      expect(readThreads(c.doc).map((t) => t.id)).toEqual([made.body.id]);
    } finally {
      if (again) await again.close();
      else await s.close();
      s.cleanup();
    }
  });
});
