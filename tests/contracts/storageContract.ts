// One contract suite for every storage driver (DESIGN.md §8). Each driver's test file calls this.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DuplicateError, type Storage } from '../../server/src/storage/types';

export interface StorageFactory {
  /** A fresh, empty storage. */
  open(): Promise<Storage>;
  /** Re-opens the same underlying data (a restart); omitted for drivers that keep nothing. */
  reopen?(): Promise<Storage>;
}

const update = (text: string, doc = new Y.Doc()) => {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
};

const rebuild = (stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }) => {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
};

export function storageContract(name: string, factory: StorageFactory) {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await factory.open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it('[R-ST-01] creates, reads, lists, renames and deletes bills', async () => {
      const a = await storage.bills.create({ id: 'bill-a', title: 'A', lang: 'ja' });
      expect(a).toMatchObject({ id: 'bill-a', title: 'A', lang: 'ja' });
      expect(Date.parse(a.createdAt)).not.toBeNaN();
      await storage.bills.create({ id: 'bill-b', title: 'B', lang: 'en' });
      expect((await storage.bills.list()).map((b) => b.id).sort()).toEqual(['bill-a', 'bill-b']);
      expect(await storage.bills.get('bill-b')).toMatchObject({ title: 'B', lang: 'en' });
      expect(await storage.bills.get('nope')).toBeNull();
      const renamed = await storage.bills.update('bill-a', { title: 'A2' });
      expect(renamed?.title).toBe('A2');
      expect(await storage.bills.update('nope', { title: 'x' })).toBeNull();
      expect(await storage.bills.delete('bill-a')).toBe(true);
      expect(await storage.bills.delete('bill-a')).toBe(false);
      expect(await storage.bills.get('bill-a')).toBeNull();
    });

    it('[R-ST-02] refuses a duplicate bill id', async () => {
      await storage.bills.create({ id: 'dup', title: 'A', lang: 'ja' });
      await expect(storage.bills.create({ id: 'dup', title: 'B', lang: 'ja' })).rejects.toThrow();
    });

    it('[R-ST-03] appends updates with increasing sequence numbers and loads them in order', async () => {
      const doc = new Y.Doc();
      const s1 = await storage.docs.appendUpdate('d1', update('ab', doc));
      const s2 = await storage.docs.appendUpdate('d1', update('cd', doc));
      await storage.docs.appendUpdate('other', update('zz'));
      expect(s2).toBeGreaterThan(s1);
      const stored = await storage.docs.load('d1');
      expect(stored.snapshot).toBeNull();
      expect(stored.updates).toHaveLength(2);
      expect(stored.lastSeq).toBe(s2);
      expect(rebuild(stored)).toBe('abcd');
      expect(await storage.docs.load('empty')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    });

    it('[R-ST-04] a snapshot replaces the updates it covers and keeps later ones', async () => {
      const doc = new Y.Doc();
      await storage.docs.appendUpdate('d', update('a', doc));
      const s2 = await storage.docs.appendUpdate('d', update('b', doc));
      const snapshot = Y.encodeStateAsUpdate(doc);
      const s3 = await storage.docs.appendUpdate('d', update('c', doc));
      await storage.docs.storeSnapshot('d', snapshot, s2);
      const stored = await storage.docs.load('d');
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates).toHaveLength(1);
      expect(stored.lastSeq).toBe(s3);
      expect(rebuild(stored)).toBe('abc');
      // An older snapshot arriving late never replaces a newer one.
      await storage.docs.storeSnapshot('d', Y.encodeStateAsUpdate(doc), s3);
      await storage.docs.storeSnapshot('d', snapshot, s2);
      const after = await storage.docs.load('d');
      expect(after.updates).toHaveLength(0);
      expect(after.lastSeq).toBe(s3);
      expect(rebuild(after)).toBe('abc');
      // Appends after a full truncation still sort after the snapshot.
      const s4 = await storage.docs.appendUpdate('d', update('d', doc));
      expect(s4).toBeGreaterThan(s3);
      expect(rebuild(await storage.docs.load('d'))).toBe('abcd');
    });

    it('[R-ST-05] deleting a bill deletes its documents, and only its own', async () => {
      await storage.bills.create({ id: 'x_1', title: 'X', lang: 'ja' });
      await storage.docs.appendUpdate('x_1', update('a'));
      await storage.docs.appendUpdate('x_1:review', update('r'));
      await storage.docs.appendUpdate('xa1', update('keep'));
      await storage.bills.delete('x_1');
      expect((await storage.docs.load('x_1')).updates).toHaveLength(0);
      expect((await storage.docs.load('x_1:review')).updates).toHaveLength(0);
      expect(rebuild(await storage.docs.load('xa1'))).toBe('keep');
    });

    it('[R-ST-06] stores binary updates byte for byte', async () => {
      const bytes = new Uint8Array(256).map((_, i) => i);
      await storage.docs.appendUpdate('bin', bytes);
      expect(Array.from((await storage.docs.load('bin')).updates[0] ?? [])).toEqual(Array.from(bytes));
    });

    if (factory.reopen) {
      const reopen = factory.reopen;
      it('[R-ST-07] keeps everything across a restart', async () => {
        const doc = new Y.Doc();
        await storage.bills.create({ id: 'keep', title: '保存', lang: 'ja' });
        const s = await storage.docs.appendUpdate('keep', update('永続', doc));
        await storage.docs.storeSnapshot('keep', Y.encodeStateAsUpdate(doc), s);
        await storage.docs.appendUpdate('keep', update('化', doc));
        await storage.close();
        storage = await reopen();
        expect(await storage.bills.get('keep')).toMatchObject({ title: '保存' });
        expect(rebuild(await storage.docs.load('keep'))).toBe('永続化');
      });
    }
  });
}

/** Accounts, sessions, members, audit and settings: the same contract for every driver. */
export function authStorageContract(name: string, factory: StorageFactory) {
  describe(`auth storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await factory.open();
    });
    afterEach(async () => {
      await storage.close();
    });
    const user = (id: string, username: string) => ({ id, username, displayName: username, passwordHash: 'h', isAdmin: false });

    it('[R-ST-10] users: unique usernames regardless of case, lookups by id and name', async () => {
      await storage.users.create(user('u1', 'Aiko'));
      await expect(storage.users.create(user('u2', 'aiko'))).rejects.toBeInstanceOf(DuplicateError);
      expect((await storage.users.getByUsername('AIKO'))?.id).toBe('u1');
      expect((await storage.users.getById('u1'))?.username).toBe('Aiko');
      expect(await storage.users.getById('nobody')).toBeNull();
      expect(await storage.users.count()).toBe(1);
    });

    it('[R-ST-11] sessions: create, get, delete, expire', async () => {
      await storage.users.create(user('u1', 'a'));
      await storage.sessions.create({ id: 's-old', userId: 'u1', expiresAt: '2000-01-01T00:00:00.000Z' });
      await storage.sessions.create({ id: 's-new', userId: 'u1', expiresAt: '2999-01-01T00:00:00.000Z' });
      expect((await storage.sessions.get('s-new'))?.userId).toBe('u1');
      expect(await storage.sessions.deleteExpired(new Date().toISOString())).toBe(1);
      expect(await storage.sessions.get('s-old')).toBeNull();
      await storage.sessions.delete('s-new');
      expect(await storage.sessions.get('s-new')).toBeNull();
    });

    it('[R-ST-12] members: set, change, list, remove; deleting a bill removes its members', async () => {
      await storage.users.create(user('u1', 'a'));
      await storage.users.create(user('u2', 'b'));
      await storage.bills.create({ id: 'b1', title: 't', lang: 'ja' });
      await storage.members.set('b1', 'u1', 'owner');
      await storage.members.set('b1', 'u2', 'viewer');
      await storage.members.set('b1', 'u2', 'reviewer');
      expect(await storage.members.get('b1', 'u2')).toBe('reviewer');
      expect(await storage.members.list('b1')).toEqual([
        { userId: 'u1', role: 'owner' },
        { userId: 'u2', role: 'reviewer' },
      ]);
      expect([...(await storage.members.rolesOf('u1'))]).toEqual([['b1', 'owner']]);
      expect(await storage.members.remove('b1', 'u2')).toBe(true);
      expect(await storage.members.remove('b1', 'u2')).toBe(false);
      await storage.bills.delete('b1');
      expect(await storage.members.list('b1')).toEqual([]);
    });

    it('[R-ST-13] audit: append-only, newest first, per bill', async () => {
      await storage.audit.append({ billId: 'b1', userId: 'u1', action: 'bill.created', detail: { title: 't' } });
      await storage.audit.append({ billId: null, userId: 'u1', action: 'auth.signed_in', detail: {} });
      await storage.audit.append({ billId: 'b1', userId: 'u1', action: 'bill.renamed', detail: { from: 't', to: 'u' } });
      const entries = await storage.audit.listForBill('b1', 10);
      expect(entries.map((e) => e.action)).toEqual(['bill.renamed', 'bill.created']);
      expect(entries[0]?.detail).toEqual({ from: 't', to: 'u' });
      expect((await storage.audit.listAll(10)).length).toBe(3);
    });

    it('[R-ST-14] settings: get and set', async () => {
      expect(await storage.settings.get('selfRegistration')).toBeNull();
      await storage.settings.set('selfRegistration', 'true');
      await storage.settings.set('selfRegistration', 'false');
      expect(await storage.settings.get('selfRegistration')).toBe('false');
    });
  });
}

/** Guidance of bills made from templates: the same contract for every driver. */
export function guidanceStorageContract(name: string, factory: StorageFactory) {
  describe(`guidance storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await factory.open();
    });
    afterEach(async () => {
      await storage.close();
    });
    const record = (version: string) => ({
      templateId: 'measure2.ja',
      templateVersion: version,
      guidance: { 'pid-1': { rationale: '理由', decisions: ['決めること'], safeguards: ['事前の承認'], related: ['憲法第二十一条'] } },
      alternatives: {
        'pid-2': [
          { id: 'a', label: 'A', summary: 's', isDefault: true, content: { type: 'article', attrs: { pid: 'pid-2', branch: false } } },
          { id: 'b', label: 'B', summary: 't', isDefault: false, content: { type: 'article', attrs: { pid: 'pid-2', branch: false } } },
        ],
      },
    });

    it('[R-ST-20] stores, replaces and reads a bill\'s guidance; none for other bills', async () => {
      await storage.bills.create({ id: 'g1', title: '指針', lang: 'ja' });
      await storage.bills.create({ id: 'g2', title: 'none', lang: 'en' });
      expect(await storage.guidance.get('g1')).toBeNull();
      await storage.guidance.put('g1', record('1.0.0'));
      expect(await storage.guidance.get('g1')).toEqual(record('1.0.0'));
      await storage.guidance.put('g1', record('1.1.0'));
      expect((await storage.guidance.get('g1'))?.templateVersion).toBe('1.1.0');
      expect(await storage.guidance.get('g2')).toBeNull();
    });

    it('[R-ST-21] returns copies: changing a read record does not change the stored one', async () => {
      await storage.bills.create({ id: 'g3', title: 'copy', lang: 'ja' });
      await storage.guidance.put('g3', record('1.0.0'));
      const read = await storage.guidance.get('g3');
      if (read) read.guidance = {};
      expect(await storage.guidance.get('g3')).toEqual(record('1.0.0'));
    });

    it('[R-ST-22] deleting a bill deletes its guidance', async () => {
      await storage.bills.create({ id: 'g4', title: 'gone', lang: 'ja' });
      await storage.guidance.put('g4', record('1.0.0'));
      await storage.bills.delete('g4');
      expect(await storage.guidance.get('g4')).toBeNull();
    });

    if (factory.reopen) {
      const reopen = factory.reopen;
      it('[R-ST-23] keeps guidance across a restart', async () => {
        await storage.bills.create({ id: 'g5', title: 'kept', lang: 'ja' });
        await storage.guidance.put('g5', record('1.0.0'));
        await storage.close();
        storage = await reopen();
        expect(await storage.guidance.get('g5')).toEqual(record('1.0.0'));
      });
    }
  });
}

/** Versions of bills (full Yjs states): the same contract for every driver. */
export function versionStorageContract(name: string, factory: StorageFactory) {
  describe(`version storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await factory.open();
      await storage.bills.create({ id: 'v1', title: '版', lang: 'ja' });
      await storage.bills.create({ id: 'v2', title: 'other', lang: 'en' });
    });
    afterEach(async () => {
      await storage.close();
    });
    const state = (text: string) => {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, text);
      return Y.encodeStateAsUpdateV2(doc);
    };
    const textOf = (bytes: Uint8Array | null) => {
      const doc = new Y.Doc();
      if (bytes) Y.applyUpdateV2(doc, bytes);
      return doc.getText('t').toString();
    };
    const version = (id: string, billId: string, auto = false, text = id) => ({
      id,
      billId,
      label: auto ? 'Automatic' : `版 ${id}`,
      note: auto ? '' : 'メモ',
      authorId: auto ? null : 'u1',
      auto,
      reason: auto ? 'editing' : null,
      state: state(text),
    });

    it('[R-ST-30] creates versions and lists them newest first, per bill, without states', async () => {
      const first = await storage.versions.create(version('a', 'v1'));
      expect(first).toMatchObject({ id: 'a', billId: 'v1', label: '版 a', note: 'メモ', authorId: 'u1', auto: false, reason: null });
      expect(Date.parse(first.createdAt)).not.toBeNaN();
      expect(first).not.toHaveProperty('state');
      await storage.versions.create(version('b', 'v1', true));
      await storage.versions.create(version('c', 'v1'));
      await storage.versions.create(version('x', 'v2'));
      const listed = await storage.versions.list('v1');
      expect(listed.map((v) => v.id)).toEqual(['c', 'b', 'a']);
      expect(listed[1]).toMatchObject({ auto: true, authorId: null, reason: 'editing' });
      expect(listed.every((v) => !('state' in v))).toBe(true);
      expect((await storage.versions.list('v2')).map((v) => v.id)).toEqual(['x']);
      expect(await storage.versions.list('none')).toEqual([]);
    });

    it('[R-ST-31] reads a version and its state only through its own bill', async () => {
      await storage.versions.create(version('a', 'v1', false, '第一版の本文'));
      expect(await storage.versions.get('v1', 'a')).toMatchObject({ id: 'a', label: '版 a' });
      expect(textOf(await storage.versions.state('v1', 'a'))).toBe('第一版の本文');
      expect(await storage.versions.get('v2', 'a')).toBeNull();
      expect(await storage.versions.state('v2', 'a')).toBeNull();
      expect(await storage.versions.get('v1', 'nope')).toBeNull();
      // The returned state is a copy.
      const bytes = await storage.versions.state('v1', 'a');
      bytes?.fill(0);
      expect(textOf(await storage.versions.state('v1', 'a'))).toBe('第一版の本文');
    });

    it('[R-ST-32] prunes the oldest automatic versions beyond the limit and never a named one', async () => {
      for (const id of ['n1', 'a1', 'a2', 'n2', 'a3', 'a4']) await storage.versions.create(version(id, 'v1', id.startsWith('a')));
      await storage.versions.create(version('other-auto', 'v2', true));
      expect(await storage.versions.pruneAuto('v1', 2)).toBe(2);
      expect((await storage.versions.list('v1')).map((v) => v.id)).toEqual(['a4', 'a3', 'n2', 'n1']);
      expect(await storage.versions.pruneAuto('v1', 2)).toBe(0);
      expect(await storage.versions.pruneAuto('v1', 0)).toBe(2);
      expect((await storage.versions.list('v1')).map((v) => v.id)).toEqual(['n2', 'n1']);
      expect((await storage.versions.list('v2')).map((v) => v.id)).toEqual(['other-auto']);
    });

    it('[R-ST-33] deleting a bill deletes its versions', async () => {
      await storage.versions.create(version('a', 'v1'));
      await storage.versions.create(version('x', 'v2'));
      await storage.bills.delete('v1');
      expect(await storage.versions.list('v1')).toEqual([]);
      expect(await storage.versions.state('v1', 'a')).toBeNull();
      expect((await storage.versions.list('v2')).map((v) => v.id)).toEqual(['x']);
    });

    if (factory.reopen) {
      const reopen = factory.reopen;
      it('[R-ST-34] keeps versions and their states across a restart', async () => {
        await storage.versions.create(version('a', 'v1', false, '保存された版'));
        await storage.close();
        storage = await reopen();
        expect((await storage.versions.list('v1')).map((v) => v.label)).toEqual(['版 a']);
        expect(textOf(await storage.versions.state('v1', 'a'))).toBe('保存された版');
      });
    }
  });
}
