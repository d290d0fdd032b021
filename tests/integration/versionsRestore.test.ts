// [R-VER-1x] Restore through the live room, and automatic versions (before restore, after a period of
// editing, when a changed room unloads, on request of other features), on a real server.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { converged, synced } from '../helpers/ywsClient';
import { waitFor } from '../helpers/waitFor';
import { deleteLastProvision, sentenceText, templateBill, versionsHarness, type VersionContentJSON, type VersionJSON } from './versionsHelpers';

const h = versionsHarness();
afterEach(() => h.cleanup());

const listOf = async (who: { call: <T>(m: string, p: string) => Promise<{ body: T }> }, billId: string) =>
  (await who.call<{ versions: VersionJSON[] }>('GET', `/api/bills/${billId}/versions`)).body.versions;

describe('restore and automatic versions [R-VER]', () => {
  it('[R-VER-10] a restore reaches every connected client as ONE change on top of the history', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const v1 = (await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: '閣議前' })).body;
    const v1Content = (await owner.call<VersionContentJSON>('GET', `/api/bills/${bill.id}/versions/${v1.id}`)).body;
    const a = h.client(s, owner, bill.id);
    const b = h.client(s, owner, bill.id);
    await Promise.all([synced(a), synced(b)]);
    await waitFor(() => a.fragment.length > 0 && b.fragment.length > 0);
    sentenceText(a, 0).insert(0, '修正後の文。');
    deleteLastProvision(a);
    await converged([a, b]);
    const edited = b.json();
    expect(edited).not.toEqual(v1Content.json);
    const before = Y.decodeStateVector(Y.encodeStateVector(b.doc));
    let updates = 0;
    b.doc.on('update', () => (updates += 1));

    const r = await owner.call<{ restored: VersionJSON; backup: VersionJSON | null }>('POST', `/api/bills/${bill.id}/versions/${v1.id}/restore`, {});
    expect(r.status).toBe(200);
    await waitFor(() => JSON.stringify(b.json()) === JSON.stringify(v1Content.json), { message: 'restored content on b' });
    await converged([a, b]);
    expect(updates).toBe(1);
    expect(a.json()).toEqual(v1Content.json);
    // History is not rewritten: everything a client wrote is still in the document's history.
    const after = Y.decodeStateVector(Y.encodeStateVector(b.doc));
    for (const [client, clock] of before) expect(after.get(client) ?? 0).toBeGreaterThanOrEqual(clock);
    expect(after.get(a.doc.clientID)).toBe(before.get(a.doc.clientID));

    // The state just before the restore was kept as an automatic version.
    expect(r.body.restored.id).toBe(v1.id);
    expect(r.body.backup).toMatchObject({ auto: true, reason: 'restore', author: { username: 'owner' } });
    const backup = (await owner.call<VersionContentJSON>('GET', `/api/bills/${bill.id}/versions/${r.body.backup?.id}`)).body;
    expect(backup.json).toEqual(edited);
    expect(backup.version.note).toBe('before restoring “閣議前”');
    expect((await listOf(owner, bill.id)).map((v) => v.id)).toEqual([r.body.backup?.id, v1.id]);
    const audit = await owner.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('GET', `/api/bills/${bill.id}/audit`);
    expect(audit.body.entries.find((e) => e.action === 'version.restored')?.detail).toEqual({
      versionId: v1.id,
      label: '閣議前',
      backupVersionId: r.body.backup?.id,
    });
    const content = await owner.call<{ text: string }>('GET', `/api/bills/${bill.id}/content`);
    expect(content.body.text).toBe(v1Content.text);
  });

  it('[R-VER-11] restoring a bill nobody has open stores it; the next client gets the restored text', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const v1 = (await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: 'v1' })).body;
    const a = h.client(s, owner, bill.id);
    await synced(a);
    await waitFor(() => a.fragment.length > 0);
    deleteLastProvision(a);
    const textAfterDelete = await waitFor(async () => {
      const t = (await owner.call<{ text: string }>('GET', `/api/bills/${bill.id}/content`)).body.text;
      return t.length < (await owner.call<VersionContentJSON>('GET', `/api/bills/${bill.id}/versions/${v1.id}`)).body.text.length ? t : null;
    });
    a.destroy();
    await waitFor(() => s.server.collab.roomCount === 0, { message: 'room unload' });
    expect((await owner.call('POST', `/api/bills/${bill.id}/versions/${v1.id}/restore`, {})).status).toBe(200);
    expect(s.server.collab.roomCount).toBe(0);
    const v1Content = (await owner.call<VersionContentJSON>('GET', `/api/bills/${bill.id}/versions/${v1.id}`)).body;
    const c = h.client(s, owner, bill.id);
    await synced(c);
    await waitFor(() => JSON.stringify(c.json()) === JSON.stringify(v1Content.json), { message: 'restored text for a new client' });
    expect(v1Content.text).not.toBe(textAfterDelete);
  });

  it('[R-VER-12] after a period of editing an automatic version is kept; old automatic ones are pruned, named ones never', async () => {
    const { s, owner } = await h.start({ versions: { autoIntervalMs: 150, autoKeep: 2 } });
    const bill = await templateBill(owner);
    const named = (await owner.call<VersionJSON>('POST', `/api/bills/${bill.id}/versions`, { label: 'named' })).body;
    const a = h.client(s, owner, bill.id);
    await synced(a);
    await waitFor(() => a.fragment.length > 0);
    const autos = async () => (await listOf(owner, bill.id)).filter((v) => v.auto);
    const seen = new Set<string>();
    for (let round = 1; round <= 3; round++) {
      sentenceText(a, 0).insert(0, `第${round}回。`);
      const fresh = await waitFor(async () => (await autos()).find((v) => !seen.has(v.id)), { message: `automatic version ${round}` });
      expect(fresh).toMatchObject({ auto: true, reason: 'editing', author: null, label: 'Automatic: after editing' });
      const text = (await owner.call<VersionContentJSON>('GET', `/api/bills/${bill.id}/versions/${fresh.id}`)).body.text;
      expect(text).toContain(`第${round}回。`);
      seen.add(fresh.id);
    }
    expect((await autos()).length).toBe(2);
    expect((await listOf(owner, bill.id)).some((v) => v.id === named.id)).toBe(true);
  });

  it('[R-VER-13] a room that unloads with unversioned changes keeps an automatic version; one without changes does not', async () => {
    const { s, owner } = await h.start({ versions: { autoIntervalMs: 3_600_000, autoKeep: 50 } });
    const bill = await templateBill(owner);
    const a = h.client(s, owner, bill.id);
    await synced(a);
    await waitFor(() => a.fragment.length > 0);
    sentenceText(a, 0).insert(0, '退出前の編集。');
    await waitFor(async () => (await owner.call<{ text: string }>('GET', `/api/bills/${bill.id}/content`)).body.text.includes('退出前の編集。'));
    expect(await listOf(owner, bill.id)).toEqual([]);
    a.destroy();
    const [kept] = await waitFor(async () => {
      const list = await listOf(owner, bill.id);
      return list.length ? list : null;
    });
    expect(kept).toMatchObject({ auto: true, reason: 'editing' });
    // Reading without writing leaves no version behind.
    const b = h.client(s, owner, bill.id);
    await synced(b);
    b.destroy();
    await waitFor(() => s.server.collab.roomCount === 0);
    expect((await listOf(owner, bill.id)).length).toBe(1);
  });

  it('[R-VER-14] snapshotAuto, for other features (export, alternatives), skips an unchanged bill', async () => {
    const { s, owner } = await h.start();
    const bill = await templateBill(owner);
    const first = await s.server.versions.snapshotAuto(bill.id, 'export', owner.user);
    expect(first).toMatchObject({ auto: true, reason: 'export', label: 'Automatic: before export', author: { id: owner.user.id } });
    expect(await s.server.versions.snapshotAuto(bill.id, 'alternative')).toBeNull();
    const entries = (await owner.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('GET', `/api/bills/${bill.id}/audit`)).body.entries;
    expect(entries.filter((e) => e.action === 'version.created').map((e) => e.detail)).toEqual([
      { versionId: first?.id, label: 'Automatic: before export', auto: true, reason: 'export' },
    ]);
  });
});
