// [R-REV-AUTH] Review threads and waivers: route × principal table (owner, editor, reviewer, viewer,
// non-member, anonymous), authorship of comments, validation (400 naming the field) and unknown ids (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../core/review/threadView';
import { principals, startReviewWorld, TEXTS, type Principal, type ReviewWorld } from './reviewFixtures';

let w: ReviewWorld;
beforeAll(async () => {
  w = await startReviewWorld();
});
afterAll(async () => {
  await w.close();
});

type Expect = Record<Principal, number>;
const member = (ok: number): Expect => ({
  owner: ok,
  editor: ok,
  reviewer: ok,
  viewer: ok,
  outsider: 404,
  anonymous: 401,
});
const commenters = (ok: number): Expect => ({
  owner: ok,
  editor: ok,
  reviewer: ok,
  viewer: 403,
  outsider: 404,
  anonymous: 401,
});
const writers = (ok: number): Expect => ({
  owner: ok,
  editor: ok,
  reviewer: 403,
  viewer: 403,
  outsider: 404,
  anonymous: 401,
});
const nobody: Expect = { owner: 403, editor: 403, reviewer: 403, viewer: 403, outsider: 404, anonymous: 401 };
const anyUser = (ok: number): Expect => ({
  owner: ok,
  editor: ok,
  reviewer: ok,
  viewer: ok,
  outsider: ok,
  anonymous: 401,
});

/** A fresh bill with a thread by `extra`, and (when the principal may comment) a thread of its own. */
async function scene(who: Principal) {
  const bill = await w.bill();
  const start = async (as: 'extra' | Principal) =>
    (
      await w.call<ThreadView>(as, 'POST', `/api/bills/${bill.id}/threads`, {
        anchor: { pid: bill.pids[0], quote: '通信の複製' },
        body: `${as}の指摘`,
      })
    ).body;
  const theirs = await start('extra');
  const mine = ['owner', 'editor', 'reviewer'].includes(who) ? await start(who) : theirs;
  const cid = (t: ThreadView) => t.comments[0]?.id ?? '';
  return {
    id: bill.id,
    pids: bill.pids,
    theirs: { tid: theirs.id, cid: cid(theirs) },
    mine: { tid: mine.id, cid: cid(mine) },
  };
}
type Scene = Awaited<ReturnType<typeof scene>>;

type Row = {
  route: string;
  method: string;
  path: (x: Scene) => string;
  body?: (x: Scene) => unknown;
  expect: Expect;
};
const threads = (x: Scene) => `/api/bills/${x.id}/threads`;
const table: Row[] = [
  { route: 'GET threads', method: 'GET', path: threads, expect: member(200) },
  {
    route: 'GET threads/:tid',
    method: 'GET',
    path: (x) => `${threads(x)}/${x.theirs.tid}`,
    expect: member(200),
  },
  {
    route: 'POST threads (comment)',
    method: 'POST',
    path: threads,
    body: (x) => ({ anchor: { pid: x.pids[2], quote: '公布の日' }, body: '施行日は？' }),
    expect: commenters(201),
  },
  {
    route: 'POST replies',
    method: 'POST',
    path: (x) => `${threads(x)}/${x.theirs.tid}/replies`,
    body: () => ({ body: '同意します。' }),
    expect: commenters(201),
  },
  {
    route: 'PATCH status resolved',
    method: 'PATCH',
    path: (x) => `${threads(x)}/${x.theirs.tid}`,
    body: () => ({ status: 'resolved' }),
    expect: commenters(200),
  },
  {
    route: 'PATCH status open',
    method: 'PATCH',
    path: (x) => `${threads(x)}/${x.theirs.tid}`,
    body: () => ({ status: 'open' }),
    expect: commenters(200),
  },
  {
    route: 'POST threads (waiver)',
    method: 'POST',
    path: threads,
    body: (x) => ({
      kind: 'waiver',
      finding: { pid: x.pids[1], ruleId: 'ED-001' },
      body: '国外は同盟国との協定の範囲に限る。',
    }),
    expect: writers(201),
  },
  {
    route: 'PATCH own comment',
    method: 'PATCH',
    path: (x) => `${threads(x)}/${x.mine.tid}/comments/${x.mine.cid}`,
    body: () => ({ body: '訂正します。' }),
    expect: { ...commenters(200), viewer: 403 },
  },
  {
    route: "PATCH another's comment",
    method: 'PATCH',
    path: (x) => `${threads(x)}/${x.theirs.tid}/comments/${x.theirs.cid}`,
    body: () => ({ body: '改ざん' }),
    expect: nobody,
  },
  {
    route: 'DELETE own comment',
    method: 'DELETE',
    path: (x) => `${threads(x)}/${x.mine.tid}/comments/${x.mine.cid}`,
    expect: { ...commenters(204), viewer: 403 },
  },
  {
    route: "DELETE another's comment",
    method: 'DELETE',
    path: (x) => `${threads(x)}/${x.theirs.tid}/comments/${x.theirs.cid}`,
    expect: nobody,
  },
  { route: 'GET /api/notifications', method: 'GET', path: () => '/api/notifications', expect: anyUser(200) },
  {
    route: 'POST /api/notifications/read',
    method: 'POST',
    path: () => '/api/notifications/read',
    body: () => ({}),
    expect: anyUser(200),
  },
];

describe('[R-REV-AUTH-01] review routes × principals', () => {
  for (const row of table) {
    for (const who of principals) {
      it(`${row.route} as ${who} → ${row.expect[who]}`, async () => {
        const x = await scene(who);
        const r = await w.call(who, row.method, row.path(x), row.body?.(x));
        expect(r.status, JSON.stringify(r.body)).toBe(row.expect[who]);
      });
    }
  }
});

describe('[R-REV-AUTH-02] authorship, validation and unknown ids', () => {
  it('a reviewer cannot edit the bill but can comment; a viewer can read threads but not comment', async () => {
    const x = await scene('reviewer');
    expect((await w.call('reviewer', 'PATCH', `/api/bills/${x.id}`, { title: '改題' })).status).toBe(403);
    const viewerTry = await w.call<{ error: { code: string } }>('viewer', 'POST', threads(x), {
      anchor: { pid: x.pids[0], quote: '通信' },
      body: '閲覧者',
    });
    expect(viewerTry.status).toBe(403);
    expect(viewerTry.body.error.code).toBe('forbidden');
    expect((await w.threads(x.id, 'viewer')).map((t) => t.createdBy.username).sort()).toEqual([
      'extra',
      'reviewer',
    ]);
  });

  it("edits and deletions are the author's own: the text changes, a deleted comment stays as a tombstone", async () => {
    const x = await scene('reviewer');
    await w.call('owner', 'POST', `${threads(x)}/${x.mine.tid}/replies`, { body: '所有者の返信' });
    const edited = await w.call<ThreadView>(
      'reviewer',
      'PATCH',
      `${threads(x)}/${x.mine.tid}/comments/${x.mine.cid}`,
      { body: '  書き直し  ' },
    );
    expect(edited.status).toBe(200);
    expect(edited.body.comments[0]).toMatchObject({ body: '書き直し', deletedAt: null });
    expect(edited.body.comments[0]?.editedAt).not.toBeNull();
    expect(
      (await w.call('reviewer', 'DELETE', `${threads(x)}/${x.mine.tid}/comments/${x.mine.cid}`)).status,
    ).toBe(204);
    const after = (await w.threads(x.id)).find((t) => t.id === x.mine.tid);
    expect(after?.comments.map((c) => [c.body, c.deletedAt !== null])).toEqual([
      ['', true],
      ['所有者の返信', false],
    ]);
    // Deleting an already deleted comment, or editing it, is 404; the last live comment takes the thread with it.
    expect(
      (await w.call('reviewer', 'DELETE', `${threads(x)}/${x.mine.tid}/comments/${x.mine.cid}`)).status,
    ).toBe(404);
    const ownerReply = after?.comments[1]?.id ?? '';
    expect(
      (await w.call('owner', 'DELETE', `${threads(x)}/${x.mine.tid}/comments/${ownerReply}`)).status,
    ).toBe(204);
    expect((await w.threads(x.id)).some((t) => t.id === x.mine.tid)).toBe(false);
  });

  it('validation errors are 400 naming the field', async () => {
    const x = await scene('owner');
    const bad = async (path: string, body: unknown, field: RegExp, method = 'POST') => {
      const r = await w.call<{ error: { code: string; message: string } }>('owner', method, path, body);
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.code).toBe('invalid');
      expect(r.body.error.message).toMatch(field);
    };
    const anchor = { pid: x.pids[0], quote: '通信' };
    await bad(threads(x), { anchor, body: '   ' }, /^body: must not be empty/);
    await bad(threads(x), { anchor, body: 'あ'.repeat(5001) }, /^body: at most 5000 characters/);
    await bad(threads(x), { anchor, body: 'a\u0000b' }, /^body: control characters/);
    await bad(threads(x), { body: 'x' }, /^anchor:/);
    await bad(
      threads(x),
      { anchor: { ...anchor, quote: '' }, body: 'x' },
      /^anchor\.quote: must not be empty/,
    );
    await bad(
      threads(x),
      { anchor: { ...anchor, quote: '存在しない語' }, body: 'x' },
      /anchor\.quote: not found/,
    );
    await bad(threads(x), { anchor: { pid: 'nope', quote: '通信' }, body: 'x' }, /anchor\.pid/);
    await bad(
      threads(x),
      { anchor: { ...anchor, start: '!!', end: '!!' }, body: 'x' },
      /anchor\.start: must be base64/,
    );
    await bad(threads(x), { anchor: { ...anchor, start: 'AAAA' }, body: 'x' }, /both start and end/);
    await bad(threads(x), { anchor, body: 'x', extra: 1 }, /Unrecognized key/);
    await bad(`${threads(x)}/${x.mine.tid}`, { status: 'closed' }, /^status:/, 'PATCH');
    await bad(`${threads(x)}/${x.mine.tid}/replies`, { body: '' }, /^body: must not be empty/);
    await bad(threads(x), { kind: 'waiver', finding: { pid: x.pids[1] }, body: '理由' }, /^finding\.ruleId/);
    const noFinding = await w.call('owner', 'POST', threads(x), {
      kind: 'waiver',
      finding: { pid: x.pids[2], ruleId: 'ED-001' },
      body: '理由',
    });
    expect(noFinding.status).toBe(409);
  });

  it('unknown threads and comments are 404; an unknown bill is 404', async () => {
    const x = await scene('owner');
    for (const [method, path, body] of [
      ['GET', `${threads(x)}/nosuchthread`, undefined],
      ['POST', `${threads(x)}/nosuchthread/replies`, { body: 'x' }],
      ['PATCH', `${threads(x)}/nosuchthread`, { status: 'resolved' }],
      ['PATCH', `${threads(x)}/${x.mine.tid}/comments/nosuchcomment`, { body: 'x' }],
      ['DELETE', `${threads(x)}/nosuchthread/comments/${x.mine.cid}`, undefined],
      ['GET', '/api/bills/nosuchbill/threads', undefined],
    ] as const) {
      const r = await w.call<{ error: { code: string } }>('owner', method, path, body);
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.body.error.code).toBe('not_found');
    }
  });

  it('thread created, resolved, reopened and waiver created are in the audit trail', async () => {
    const x = await scene('owner');
    await w.call('reviewer', 'PATCH', `${threads(x)}/${x.mine.tid}`, { status: 'resolved' });
    await w.call('reviewer', 'PATCH', `${threads(x)}/${x.mine.tid}`, { status: 'resolved' }); // no-op: no entry
    await w.call('editor', 'PATCH', `${threads(x)}/${x.mine.tid}`, { status: 'open' });
    await w.call('editor', 'POST', threads(x), {
      kind: 'waiver',
      finding: { pid: x.pids[1], ruleId: 'ED-001' },
      body: '協定の範囲に限る。',
    });
    const audit = await w.call<{
      entries: { action: string; username: string; detail: Record<string, unknown> }[];
    }>('owner', 'GET', `/api/bills/${x.id}/audit`);
    const review = audit.body.entries
      .filter((e) => /^(thread|waiver)\./.test(e.action))
      .reverse()
      .map((e) => `${e.action} by ${e.username}`);
    expect(review).toEqual([
      'thread.created by extra',
      'thread.created by owner',
      'thread.resolved by reviewer',
      'thread.reopened by editor',
      'waiver.created by editor',
    ]);
    expect(audit.body.entries.find((e) => e.action === 'waiver.created')?.detail).toMatchObject({
      pid: x.pids[1],
      ruleId: 'ED-001',
      reason: '協定の範囲に限る。',
    });
    expect(audit.body.entries.find((e) => e.action === 'thread.created')?.detail).toMatchObject({
      quote: '通信の複製',
    });
    expect(TEXTS[0]).toContain('通信の複製');
  });
});
