// [R-AUTH] Table-driven authorization: every HTTP route × every principal → expected status; and the
// collab socket per role. Real server, real SQLite, stock y-websocket clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { BillMeta } from '../../core/bill/meta';
import type { Role } from '../../core/auth/roles';
import { CloseCode } from '../../core/collab/closeCodes';
import { addUser, registerAdmin, type Session } from '../helpers/accounts';
import { api, startTestServer, type TestServer } from '../helpers/testServer';
import { connectClient, synced, type YClient } from '../helpers/ywsClient';
import { waitFor } from '../helpers/waitFor';

type Principal = 'owner' | 'editor' | 'reviewer' | 'viewer' | 'outsider' | 'anonymous';
const principals: Principal[] = ['owner', 'editor', 'reviewer', 'viewer', 'outsider', 'anonymous'];

let s: TestServer;
const sessions = {} as Record<Exclude<Principal, 'anonymous'>, Session>;
let extraUser: Session;

beforeAll(async () => {
  s = await startTestServer();
  sessions.owner = await registerAdmin(s.url, 'owner');
  for (const name of ['editor', 'reviewer', 'viewer', 'outsider'] as const) sessions[name] = await addUser(s.url, sessions.owner, name);
  extraUser = await addUser(s.url, sessions.owner, 'extra');
});
afterAll(async () => {
  await s.close();
  s.cleanup();
});

/** A fresh bill owned by `owner` with editor, reviewer, viewer and extra (viewer) as members. */
async function freshBill(): Promise<BillMeta> {
  const bill = (await sessions.owner.call<BillMeta>('POST', '/api/bills', { title: '権限表', lang: 'ja' })).body;
  for (const [username, role] of [['editor', 'editor'], ['reviewer', 'reviewer'], ['viewer', 'viewer'], ['extra', 'viewer']] as const) {
    const r = await sessions.owner.call('PUT', `/api/bills/${bill.id}/members`, { username, role });
    expect(r.status).toBe(200);
  }
  return bill;
}

function call(who: Principal, method: string, path: string, body?: unknown) {
  return who === 'anonymous' ? api(s.url, method, path, body) : sessions[who].call(method, path, body);
}

let uniq = 0;
type Row = { route: string; method: string; path: (id: string) => string; body?: () => unknown; expect: Record<Principal, number> };
const member = (ok: number) => ({ owner: ok, editor: ok, reviewer: ok, viewer: ok, outsider: 404, anonymous: 401 });
const ownerOnly = (ok: number) => ({ owner: ok, editor: 403, reviewer: 403, viewer: 403, outsider: 404, anonymous: 401 });
const writers = (ok: number) => ({ owner: ok, editor: ok, reviewer: 403, viewer: 403, outsider: 404, anonymous: 401 });
const anyUser = (ok: number) => ({ owner: ok, editor: ok, reviewer: ok, viewer: ok, outsider: ok, anonymous: 401 });
const adminOnly = (ok: number) => ({ owner: ok, editor: 403, reviewer: 403, viewer: 403, outsider: 403, anonymous: 401 });

const table: Row[] = [
  { route: 'GET /api/auth/me', method: 'GET', path: () => '/api/auth/me', expect: anyUser(200) },
  { route: 'GET /api/users', method: 'GET', path: () => '/api/users', expect: anyUser(200) },
  { route: 'POST /api/users', method: 'POST', path: () => '/api/users', body: () => ({ username: `u${++uniq}x`, password: 'long enough pw' }), expect: adminOnly(201) },
  { route: 'GET /api/settings', method: 'GET', path: () => '/api/settings', expect: anyUser(200) },
  { route: 'PATCH /api/settings', method: 'PATCH', path: () => '/api/settings', body: () => ({ selfRegistration: false }), expect: adminOnly(200) },
  { route: 'GET /api/settings/audit', method: 'GET', path: () => '/api/settings/audit', expect: adminOnly(200) },
  { route: 'GET /api/bills', method: 'GET', path: () => '/api/bills', expect: anyUser(200) },
  { route: 'POST /api/bills', method: 'POST', path: () => '/api/bills', body: () => ({ title: 'new', lang: 'en' }), expect: anyUser(201) },
  { route: 'GET /api/bills/:id', method: 'GET', path: (id) => `/api/bills/${id}`, expect: member(200) },
  { route: 'PATCH /api/bills/:id', method: 'PATCH', path: (id) => `/api/bills/${id}`, body: () => ({ title: 'renamed' }), expect: writers(200) },
  { route: 'DELETE /api/bills/:id', method: 'DELETE', path: (id) => `/api/bills/${id}`, expect: ownerOnly(204) },
  { route: 'GET /api/bills/:id/content', method: 'GET', path: (id) => `/api/bills/${id}/content`, expect: member(200) },
  { route: 'GET /api/bills/:id/members', method: 'GET', path: (id) => `/api/bills/${id}/members`, expect: member(200) },
  { route: 'PUT /api/bills/:id/members', method: 'PUT', path: (id) => `/api/bills/${id}/members`, body: () => ({ username: 'extra', role: 'reviewer' }), expect: ownerOnly(200) },
  { route: 'DELETE /api/bills/:id/members/:username', method: 'DELETE', path: (id) => `/api/bills/${id}/members/extra`, expect: ownerOnly(204) },
  { route: 'GET /api/bills/:id/guidance', method: 'GET', path: (id) => `/api/bills/${id}/guidance`, expect: member(200) },
  { route: 'GET /api/bills/:id/findings', method: 'GET', path: (id) => `/api/bills/${id}/findings`, expect: member(200) },
  { route: 'POST /api/lint', method: 'POST', path: () => '/api/lint', body: () => ({ text: '通信の秘密を侵してはならない。', lang: 'ja' }), expect: anyUser(200) },
  { route: 'GET /api/bills/:id/export.xml', method: 'GET', path: (id) => `/api/bills/${id}/export.xml`, expect: member(200) },
  { route: 'GET /api/bills/:id/export.pdf', method: 'GET', path: (id) => `/api/bills/${id}/export.pdf`, expect: member(200) },
  { route: 'GET /api/bills/:id/versions', method: 'GET', path: (id) => `/api/bills/${id}/versions`, expect: member(200) },
  { route: 'POST /api/bills/:id/versions', method: 'POST', path: (id) => `/api/bills/${id}/versions`, body: () => ({ label: '閣議請議案' }), expect: writers(201) },
  { route: 'GET /api/bills/:id/threads', method: 'GET', path: (id) => `/api/bills/${id}/threads`, expect: member(200) },
  { route: 'GET /api/templates', method: 'GET', path: () => '/api/templates', expect: anyUser(200) },
  { route: 'GET /api/templates/:id', method: 'GET', path: () => '/api/templates/measure2.ja', expect: anyUser(200) },
  { route: 'GET /api/bills/:id/audit', method: 'GET', path: (id) => `/api/bills/${id}/audit`, expect: ownerOnly(200) },
];

describe('[R-AUTH-01] HTTP routes × principals', () => {
  for (const row of table) {
    for (const who of principals) {
      it(`${row.route} as ${who} → ${row.expect[who]}`, async () => {
        const bill = await freshBill();
        const r = await call(who, row.method, row.path(bill.id), row.body?.());
        expect(r.status, JSON.stringify(r.body)).toBe(row.expect[who]);
      });
    }
  }
  it('unknown bills are 404 for everyone signed in; the list shows only bills with a role', async () => {
    const bill = await freshBill();
    expect((await call('outsider', 'GET', '/api/bills/doesnotexist')).status).toBe(404);
    const mine = (await sessions.outsider.call<{ bills: BillMeta[] }>('GET', '/api/bills')).body.bills.map((b) => b.id);
    expect(mine).not.toContain(bill.id);
    const theirs = (await sessions.reviewer.call<{ bills: (BillMeta & { role: Role; permissions: string[] })[] }>('GET', '/api/bills')).body.bills;
    const seen = theirs.find((b) => b.id === bill.id);
    expect(seen?.role).toBe('reviewer');
    expect(seen?.permissions).toContain('comment.create');
    expect(seen?.permissions).not.toContain('bill.edit');
  });
  it('the last owner cannot be removed or downgraded', async () => {
    const bill = await freshBill();
    expect((await call('owner', 'PUT', `/api/bills/${bill.id}/members`, { username: 'owner', role: 'editor' })).status).toBe(409);
    expect((await call('owner', 'DELETE', `/api/bills/${bill.id}/members/owner`)).status).toBe(409);
  });
});

// ---- the collaboration socket ----------------------------------------------------------------------

const clientFor = (who: Exclude<Principal, 'anonymous'> | 'extra', billId: string): YClient =>
  connectClient(s.wsUrl, billId, { headers: { cookie: (who === 'extra' ? extraUser : sessions[who]).cookie } });

function firstSentence(c: YClient): Y.XmlText {
  const article = c.fragment.toArray().find((e) => e instanceof Y.XmlElement && e.nodeName === 'article') as Y.XmlElement;
  const sentence = (article.get(1) as Y.XmlElement).get(0) as Y.XmlElement;
  let t = sentence.get(0);
  if (!(t instanceof Y.XmlText)) {
    t = new Y.XmlText();
    sentence.insert(0, [t]);
  }
  return t as Y.XmlText;
}

/** Waits until the server has processed everything `c` sent before: its later awareness change reaches `observer`. */
async function flushed(c: YClient, observer: YClient, tag: string) {
  c.provider.awareness.setLocalStateField('flush', tag);
  await waitFor(() => observer.provider.awareness.getStates().get(c.doc.clientID)?.flush === tag, { message: `flush ${tag}` });
}

describe('[R-AUTH-02] collab socket per role', () => {
  for (const role of ['owner', 'editor', 'reviewer', 'viewer'] as const) {
    const writes = role === 'owner' || role === 'editor';
    it(`${role}: reads the live text; ${writes ? 'can' : 'cannot'} write`, async () => {
      const bill = await freshBill();
      const owner = clientFor('owner', bill.id);
      const c = role === 'owner' ? clientFor('owner', bill.id) : clientFor(role, bill.id);
      try {
        await Promise.all([synced(owner), synced(c)]);
        firstSentence(owner).insert(0, '所有者の文。');
        await waitFor(() => c.fragment.toString().includes('所有者の文。'), { message: 'read' });
        firstSentence(c).insert(0, `${role}の書込み。`);
        await flushed(c, owner, 'after-write');
        const content = (await sessions.owner.call<{ text: string }>('GET', `/api/bills/${bill.id}/content`)).body.text;
        expect(owner.fragment.toString().includes(`${role}の書込み。`)).toBe(writes);
        expect(content.includes(`${role}の書込み。`)).toBe(writes);
        expect(c.closes).toEqual([]);
      } finally {
        owner.destroy();
        c.destroy();
      }
    });
  }

  it('a viewer sending raw update messages cannot change the stored text', async () => {
    const bill = await freshBill();
    const owner = clientFor('owner', bill.id);
    await synced(owner);
    // Forge a valid update against the current state, as a modified client would.
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(owner.doc));
    const sv = Y.encodeStateVector(forger);
    const t = new Y.XmlText();
    forger.getXmlFragment('content').insert(0, [new Y.XmlElement('billTitle')]);
    (forger.getXmlFragment('content').get(0) as Y.XmlElement).insert(0, [t]);
    t.insert(0, '改ざん');
    const update = Y.encodeStateAsUpdate(forger, sv);
    const frame = (sub: number, payload: Uint8Array) => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, sub);
      encoding.writeVarUint8Array(e, payload);
      return encoding.toUint8Array(e);
    };
    await new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(`${s.wsUrl}/${bill.id}`, { headers: { cookie: sessions.viewer.cookie } });
      ws.on('open', () => {
        ws.send(frame(2, update)); // sync update
        ws.send(frame(1, update)); // sync step 2
        ws.send(frame(0, Y.encodeStateVector(new Y.Doc()))); // step 1: its reply proves the above were processed
      });
      ws.on('message', (data: Buffer) => {
        const dec = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(dec) !== 0 || decoding.readVarUint(dec) !== 1) return;
        // The server's step-2 answer is its full state: it must not contain the forged text.
        try {
          const doc = new Y.Doc();
          Y.applyUpdate(doc, decoding.readVarUint8Array(dec));
          expect(doc.getXmlFragment('content').toString()).not.toContain('改ざん');
          ws.close();
          resolve();
        } catch (err) {
          reject(err);
        }
      });
      ws.on('error', reject);
    });
    const content = (await sessions.owner.call<{ text: string }>('GET', `/api/bills/${bill.id}/content`)).body.text;
    expect(content).not.toContain('改ざん');
    expect(owner.fragment.toString()).not.toContain('改ざん');
    owner.destroy();
  });

  it('no session → 4401; forged cookie → 4401; no role → 4403; cross-origin → 4403', async () => {
    const bill = await freshBill();
    const cases: [Record<string, string>, number][] = [
      [{}, CloseCode.NotSignedIn],
      [{ cookie: 'bw_session=forged-token-value' }, CloseCode.NotSignedIn],
      [{ cookie: sessions.outsider.cookie }, CloseCode.Forbidden],
      [{ cookie: sessions.owner.cookie, origin: 'http://evil.example' }, CloseCode.Forbidden],
    ];
    for (const [headers, code] of cases) {
      const c = connectClient(s.wsUrl, bill.id, { headers });
      await waitFor(() => c.closes.some((e) => e.code === code), { message: `close ${code} for ${JSON.stringify(headers)}` });
      expect(c.doc.getXmlFragment('content').length).toBe(0);
      c.destroy();
    }
  });

  it('removing a member closes their socket; downgrading an editor makes their socket read-only', async () => {
    const bill = await freshBill();
    const owner = clientFor('owner', bill.id);
    const extra = clientFor('extra', bill.id);
    const editor = clientFor('editor', bill.id);
    await Promise.all([synced(owner), synced(extra), synced(editor)]);
    expect((await sessions.owner.call('DELETE', `/api/bills/${bill.id}/members/extra`)).status).toBe(204);
    await waitFor(() => extra.closes.some((e) => e.code === CloseCode.Forbidden), { timeout: 1000, message: 'removal closes within a second' });

    expect((await sessions.owner.call('PUT', `/api/bills/${bill.id}/members`, { username: 'editor', role: 'reviewer' })).status).toBe(200);
    await waitFor(() => editor.closes.some((e) => e.code === CloseCode.PermissionsChanged), { timeout: 1000, message: 'downgrade within a second' });
    await waitFor(() => editor.provider.synced && editor.provider.wsconnected, { message: 'editor reconnects read-only' });
    firstSentence(editor).insert(0, '降格後の書込み');
    await flushed(editor, owner, 'downgraded');
    expect(owner.fragment.toString()).not.toContain('降格後の書込み');
    [owner, extra, editor].forEach((c) => c.destroy());
  });
});

describe('[R-AUTH-04] presence after server-side closes', () => {
  it('a member who reconnected after a role change and is then removed leaves no avatar behind', async () => {
    const bill = await freshBill();
    const owner = clientFor('owner', bill.id);
    const extra = clientFor('extra', bill.id);
    await Promise.all([synced(owner), synced(extra)]);
    const seen = () => owner.provider.awareness.getStates().get(extra.doc.clientID) as { user?: { name: string } } | undefined;
    extra.provider.awareness.setLocalStateField('user', { name: 'Extra' });
    await waitFor(() => seen()?.user?.name === 'Extra');
    // The server closes with 4001; the client reconnects; y-protocols reports its state as `updated`.
    await sessions.owner.call('PUT', `/api/bills/${bill.id}/members`, { username: 'extra', role: 'reviewer' });
    await waitFor(() => extra.closes.some((e) => e.code === CloseCode.PermissionsChanged));
    await waitFor(() => extra.provider.synced && extra.provider.wsconnected);
    extra.provider.awareness.setLocalStateField('user', { name: 'Extra again' });
    await waitFor(() => seen()?.user?.name === 'Extra again');
    // Now the server closes it for good: its awareness must go with it.
    await sessions.owner.call('DELETE', `/api/bills/${bill.id}/members/extra`);
    await waitFor(() => extra.closes.some((e) => e.code === CloseCode.Forbidden));
    await waitFor(() => seen() === undefined, { timeout: 3000, message: 'awareness removed with the connection' });
    owner.destroy();
    extra.destroy();
  });
});

describe('[R-AUTH-03] accounts and sessions', () => {
  it('wrong password → 401 with one message for unknown users and wrong passwords', async () => {
    const a = await api<{ error: { message: string } }>(s.url, 'POST', '/api/auth/login', { username: 'viewer', password: 'wrong password' });
    const b = await api<{ error: { message: string } }>(s.url, 'POST', '/api/auth/login', { username: 'nobody', password: 'wrong password' });
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(a.body.error.message).toBe(b.body.error.message);
  });

  it('rate-limits sign-in attempts per account (429 with Retry-After)', async () => {
    await addUser(s.url, sessions.owner, 'target');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await api(s.url, 'POST', '/api/auth/login', { username: 'target', password: `bad-${i}-password` })).status);
    expect(statuses.slice(0, 10).every((x) => x === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const res = await fetch(`${s.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'target', password: 'correct horse battery' }) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('an expired or forged session cookie is refused; logout ends the session', async () => {
    const viewer = await addUser(s.url, sessions.owner, 'expiring');
    expect((await viewer.call('GET', '/api/auth/me')).status).toBe(200);
    expect((await api(s.url, 'GET', '/api/auth/me', undefined, { cookie: 'bw_session=AAAAforged' })).status).toBe(401);
    // Expire it in storage, as time would.
    const { createHash } = await import('node:crypto');
    const id = createHash('sha256').update(viewer.cookie.split('=')[1] ?? '').digest('base64url');
    const session = await s.server.storage.sessions.get(id);
    expect(session).not.toBeNull();
    await s.server.storage.sessions.delete(id);
    await s.server.storage.sessions.create({ id, userId: session?.userId ?? '', expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await viewer.call('GET', '/api/auth/me')).status).toBe(401);
    const again = await addUser(s.url, sessions.owner, 'leaving');
    expect((await again.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await again.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('the session cookie is HttpOnly and SameSite=Lax; passwords are stored as scrypt hashes', async () => {
    const res = await fetch(`${s.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'viewer', password: 'correct horse battery' }) });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const stored = await s.server.storage.users.getByUsername('viewer');
    expect(stored?.passwordHash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(stored?.passwordHash).not.toContain('correct horse');
  });

  it('self-registration is closed after the first account until the admin opens it', async () => {
    const body = { username: 'walkin', password: 'long enough pw' };
    expect((await api(s.url, 'POST', '/api/auth/register', body)).status).toBe(403);
    expect((await sessions.owner.call('PATCH', '/api/settings', { selfRegistration: true })).status).toBe(200);
    const r = await api<{ user: { isAdmin: boolean } }>(s.url, 'POST', '/api/auth/register', body);
    expect(r.status).toBe(201);
    expect(r.body.user.isAdmin).toBe(false);
    expect((await sessions.owner.call('PATCH', '/api/settings', { selfRegistration: false })).status).toBe(200);
  });

  it('cross-site POSTs and form posts are refused', async () => {
    const evil = await sessions.owner.call('POST', '/api/bills', { title: 'x', lang: 'ja' }, { origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    const site = await sessions.owner.call('POST', '/api/bills', { title: 'x', lang: 'ja' }, { 'sec-fetch-site': 'cross-site' });
    expect(site.status).toBe(403);
    const form = await fetch(`${s.url}/api/bills`, {
      method: 'POST',
      headers: { cookie: sessions.owner.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x&lang=ja',
    });
    expect(form.status).toBe(415);
    const same = await sessions.owner.call('POST', '/api/bills', { title: 'x', lang: 'ja' }, { origin: s.url });
    expect(same.status).toBe(201);
  });

  it('security headers are set, errors carry no stack', async () => {
    const res = await fetch(`${s.url}/api/auth/me`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
  });

  it('the audit trail records who did what, newest first, for owners', async () => {
    const bill = await freshBill();
    await sessions.editor.call('PATCH', `/api/bills/${bill.id}`, { title: '改題' });
    const entries = (await sessions.owner.call<{ entries: { action: string; username: string; detail: Record<string, unknown> }[] }>('GET', `/api/bills/${bill.id}/audit`)).body.entries;
    expect(entries[0]).toMatchObject({ action: 'bill.renamed', username: 'editor', detail: { from: '権限表', to: '改題' } });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['bill.created', 'member.added']));
  });
});
