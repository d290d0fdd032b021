// [R-VER] Named versions and comparison over HTTP, on a real server with stock y-websocket clients.
import { afterEach, describe, expect, it } from 'vitest';
import { billToText } from '../../core/bill/text';
import { addUser } from '../helpers/accounts';
import { api } from '../helpers/testServer';
import { synced } from '../helpers/ywsClient';
import { waitFor } from '../helpers/waitFor';
import {
  deleteLastProvision,
  sentenceText,
  templateBill,
  versionsHarness,
  type ComparisonJSON,
  type VersionContentJSON,
  type VersionJSON,
} from './versionsHelpers';

const h = versionsHarness();
afterEach(() => h.cleanup());

describe('versions API [R-VER]', () => {
  it('[R-VER-01] creates named versions, lists them newest first with their author, shows one read-only', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const first = await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: '  第一次案  ', note: '局内検討用' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      label: '第一次案',
      note: '局内検討用',
      auto: false,
      reason: null,
      author: { id: owner.user.id, username: 'owner', displayName: 'owner' },
    });
    expect(Object.keys(first.body).sort()).toEqual(['author', 'auto', 'createdAt', 'id', 'label', 'note', 'reason']);
    const second = await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: '第二次案' });
    expect(second.body.note).toBe('');
    const list = await owner.call<{ versions: VersionJSON[] }>('GET', `/api/bills/${bill.id}/versions`);
    expect(list.body.versions.map((v) => v.label)).toEqual(['第二次案', '第一次案']);

    const view = await owner.call<VersionContentJSON>('GET', `/api/bills/${bill.id}/versions/${first.body.id}`);
    const current = await owner.call<{ json: unknown; text: string }>('GET', `/api/bills/${bill.id}/content`);
    expect(view.status).toBe(200);
    expect(view.body.version.id).toBe(first.body.id);
    expect(view.body.json).toEqual(current.body.json);
    expect(view.body.text).toBe(current.body.text);
    expect(view.body.text).toBe(billToText(view.body.json, 'ja'));

    const audit = await owner.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('GET', `/api/bills/${bill.id}/audit`);
    expect(audit.body.entries.filter((e) => e.action === 'version.created').map((e) => e.detail.label)).toEqual(['第二次案', '第一次案']);
    expect(s.server.collab.roomCount).toBe(0);
  });

  it('[R-VER-02] compares a version with the live text after edits by a stock y-websocket client', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const v1 = (await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: 'v1' })).body;
    const c = h.client(s, owner, bill.id);
    await synced(c);
    await waitFor(() => c.fragment.length > 0);
    const text = sentenceText(c, 0);
    const original = text.toString();
    text.insert(10, '迅速に');
    deleteLastProvision(c);
    const diff = await waitFor(async () => {
      const r = await owner.call<ComparisonJSON>('GET', `/api/bills/${bill.id}/diff?from=${v1.id}&to=current`);
      return r.body.summary?.modified && r.body.summary.deleted ? r.body : null;
    });
    expect(diff.from?.id).toBe(v1.id);
    expect(diff.to).toBeNull();
    expect(diff.lang).toBe('ja');
    const edited = diff.rows.find((r) => r.status === 'modified' && r.kind === 'paragraph');
    expect(edited?.old?.text).toBe(original);
    expect(edited?.redline.filter((x) => x.op !== 'equal')).toEqual([{ op: 'insert', text: '迅速に' }]);
    expect(diff.rows.filter((r) => r.status === 'deleted').length).toBe(diff.summary.deleted);
    // `to` defaults to the live text.
    const byDefault = await owner.call<ComparisonJSON>('GET', `/api/bills/${bill.id}/diff?from=${v1.id}`);
    expect(byDefault.body.summary).toEqual(diff.summary);
  });

  it('[R-VER-03] compares two versions, in either direction', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const v1 = (await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: 'v1' })).body;
    const c = h.client(s, owner, bill.id);
    await synced(c);
    await waitFor(() => c.fragment.length > 0);
    sentenceText(c, 1).insert(0, '改正後、');
    await waitFor(async () => (await owner.call<{ text: string }>('GET', `/api/bills/${bill.id}/content`)).body.text.includes('改正後、'));
    const v2 = (await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: 'v2' })).body;
    const forward = (await owner.call<ComparisonJSON>('GET', `/api/bills/${bill.id}/diff?from=${v1.id}&to=${v2.id}`)).body;
    expect([forward.from?.label, forward.to?.label]).toEqual(['v1', 'v2']);
    expect(forward.summary).toMatchObject({ modified: 1, added: 0, deleted: 0, moved: 0 });
    expect(forward.rows.find((r) => r.textChanged)?.redline[0]).toEqual({ op: 'insert', text: '改正後、' });
    const backward = (await owner.call<ComparisonJSON>('GET', `/api/bills/${bill.id}/diff?from=${v2.id}&to=${v1.id}`)).body;
    expect(backward.rows.find((r) => r.textChanged)?.redline[0]).toEqual({ op: 'delete', text: '改正後、' });
    const same = (await owner.call<ComparisonJSON>('GET', `/api/bills/${bill.id}/diff?from=${v2.id}&to=current`)).body;
    expect(same.summary).toMatchObject({ modified: 0, added: 0, deleted: 0, moved: 0, renumbered: 0 });
  });

  it('[R-VER-04] roles: 401 signed out, 404 without a role, readers read, only owners and editors create and restore', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const v1 = (await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: 'v1' })).body;
    const people = {
      editor: await addUser(s.url, owner, 'editor1'),
      reviewer: await addUser(s.url, owner, 'reviewer1'),
      viewer: await addUser(s.url, owner, 'viewer1'),
      stranger: await addUser(s.url, owner, 'stranger1'),
    };
    for (const [username, role] of [['editor1', 'editor'], ['reviewer1', 'reviewer'], ['viewer1', 'viewer']]) {
      expect((await owner.call('PUT', `/api/bills/${bill.id}/members`, { username, role })).status).toBe(200);
    }
    const reads = [`/api/bills/${bill.id}/versions`, `/api/bills/${bill.id}/versions/${v1.id}`, `/api/bills/${bill.id}/diff?from=${v1.id}&to=current`];
    const create = () => [`/api/bills/${bill.id}/versions`, { label: 'x' }] as const;
    const restore = `/api/bills/${bill.id}/versions/${v1.id}/restore`;

    for (const path of reads) expect((await api(s.url, 'GET', path)).status).toBe(401);
    expect((await api(s.url, 'POST', ...create())).status).toBe(401);
    expect((await api(s.url, 'POST', restore, {})).status).toBe(401);

    for (const path of reads) expect((await people.stranger.call('GET', path)).status).toBe(404);
    expect((await people.stranger.call('POST', ...create())).status).toBe(404);
    expect((await people.stranger.call('POST', restore, {})).status).toBe(404);

    for (const who of [people.reviewer, people.viewer]) {
      for (const path of reads) expect((await who.call('GET', path)).status).toBe(200);
      const refused = await who.call<{ error: { code: string } }>('POST', ...create());
      expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
      expect((await who.call('POST', restore, {})).status).toBe(403);
    }
    const made = await people.editor.call<VersionJSON>('POST', ...create());
    expect([made.status, made.body.author?.username]).toEqual([201, 'editor1']);
    expect((await people.editor.call('POST', restore, {})).status).toBe(200);
  });

  it('[R-VER-05] another bill’s version, unknown or malformed ids, and bad input are refused', async () => {
    const { owner } = await h.start();
    const a = await templateBill(owner);
    const b = await templateBill(owner, 'en');
    const va = (await owner.call<VersionJSON>('POST', `/api/bills/${a.id}/versions`, { label: 'A' })).body;
    const vb = (await owner.call<VersionJSON>('POST', `/api/bills/${b.id}/versions`, { label: 'B' })).body;
    // A version is only reachable through its own bill, even for someone who may read both bills.
    expect((await owner.call('GET', `/api/bills/${a.id}/versions/${vb.id}`)).status).toBe(404);
    expect((await owner.call('POST', `/api/bills/${a.id}/versions/${vb.id}/restore`, {})).status).toBe(404);
    const cross = await owner.call<{ error: { code: string; message: string } }>('GET', `/api/bills/${a.id}/diff?from=${va.id}&to=${vb.id}`);
    expect([cross.status, cross.body.error.code, cross.body.error.message]).toEqual([404, 'not_found', 'version not found']);
    expect((await owner.call('GET', `/api/bills/${a.id}/diff?from=${vb.id}&to=current`)).status).toBe(404);
    expect((await owner.call('GET', `/api/bills/${a.id}/versions/nope`)).status).toBe(404);
    expect((await owner.call('GET', `/api/bills/nope/versions`)).status).toBe(404);
    expect((await owner.call('GET', `/api/bills/${a.id}/versions/bad%20id`)).status).toBe(400);
    expect((await owner.call('GET', `/api/bills/${a.id}/diff`)).status).toBe(400);
    expect((await owner.call('POST', `/api/bills/${a.id}/versions`, { label: '   ' })).status).toBe(400);
    expect((await owner.call('POST', `/api/bills/${a.id}/versions`, { label: 'x'.repeat(201) })).status).toBe(400);
    expect((await owner.call('POST', `/api/bills/${a.id}/versions`, {})).status).toBe(400);
    // The other bill's list is untouched.
    expect((await owner.call<{ versions: VersionJSON[] }>('GET', `/api/bills/${b.id}/versions`)).body.versions.map((v) => v.id)).toEqual([vb.id]);
  });
});
