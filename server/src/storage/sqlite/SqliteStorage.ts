// SQLite driver (better-sqlite3, WAL): the embedded default. Writes are synchronous inside each call,
// so a resolved appendUpdate means the update is in the database file.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BillLang } from '../../../../core/bill/types';
import type { BillPatch, BillRecord, BillStore, DocStore, NewBill, Storage, StoredDoc } from '../types';
import { sqliteMigrations } from './migrations';
import { sqliteAudit, sqliteMembers, sqliteSessions, sqliteSettings, sqliteUsers } from './sqliteAuthStores';
import { sqliteGuidance } from './sqliteGuidance';
import { sqliteVersions } from './sqliteVersions';
import { sqliteNotifications } from './sqliteNotifications';

type BillRow = { id: string; title: string; lang: BillLang; created_at: string; updated_at: string };
const toRecord = (r: BillRow): BillRecord => ({
  id: r.id,
  title: r.title,
  lang: r.lang,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface SqliteOptions {
  /** Path of the database file, or ':memory:'. */
  file: string;
  /** PRAGMA synchronous: 'normal' survives process crashes; 'full' also power loss. */
  synchronous?: 'normal' | 'full';
}

function migrate(db: Database.Database) {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > sqliteMigrations.length) {
    throw new Error(`database schema version ${version} is newer than this server (${sqliteMigrations.length})`);
  }
  sqliteMigrations.slice(version).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + i + 1}`);
    })();
  });
}

function billStore(db: Database.Database, deleteDocs: (billId: string) => void): BillStore {
  const q = {
    insert: db.prepare('INSERT INTO bills (id, title, lang, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    get: db.prepare<[string], BillRow>('SELECT * FROM bills WHERE id = ?'),
    list: db.prepare<[], BillRow>('SELECT * FROM bills ORDER BY updated_at DESC, id'),
    rename: db.prepare('UPDATE bills SET title = ?, updated_at = ? WHERE id = ?'),
    touch: db.prepare('UPDATE bills SET updated_at = ? WHERE id = ?'),
    delete: db.prepare('DELETE FROM bills WHERE id = ?'),
  };
  const remove = db.transaction((id: string) => {
    const changed = q.delete.run(id).changes > 0;
    if (changed) deleteDocs(id);
    return changed;
  });
  return {
    async create(bill: NewBill) {
      const now = new Date().toISOString();
      q.insert.run(bill.id, bill.title, bill.lang, now, now);
      return { ...bill, createdAt: now, updatedAt: now };
    },
    async get(id) {
      const row = q.get.get(id);
      return row ? toRecord(row) : null;
    },
    async list() {
      return q.list.all().map(toRecord);
    },
    async update(id: string, patch: BillPatch) {
      const row = q.get.get(id);
      if (!row) return null;
      q.rename.run(patch.title ?? row.title, new Date().toISOString(), id);
      const updated = q.get.get(id);
      return updated ? toRecord(updated) : null;
    },
    async touch(id) {
      q.touch.run(new Date().toISOString(), id);
    },
    async delete(id) {
      return remove(id);
    },
  };
}

function docStore(db: Database.Database): DocStore & { deleteBillDocs(billId: string): void } {
  const q = {
    append: db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
    snapshot: db.prepare<[string], { data: Buffer; through_seq: number }>(
      'SELECT data, through_seq FROM doc_snapshots WHERE doc = ?',
    ),
    updates: db.prepare<[string, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq',
    ),
    upsertSnapshot: db.prepare(
      `INSERT INTO doc_snapshots (doc, data, through_seq, stored_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq, stored_at = excluded.stored_at
       WHERE excluded.through_seq >= doc_snapshots.through_seq`,
    ),
    truncate: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
    deleteUpdates: db.prepare('DELETE FROM doc_updates WHERE doc = ? OR doc GLOB ?'),
    deleteSnapshots: db.prepare('DELETE FROM doc_snapshots WHERE doc = ? OR doc GLOB ?'),
  };
  const compact = db.transaction((doc: string, state: Uint8Array, throughSeq: number) => {
    q.upsertSnapshot.run(doc, Buffer.from(state), throughSeq, new Date().toISOString());
    q.truncate.run(doc, throughSeq);
  });
  const load = db.transaction((doc: string): StoredDoc => {
    const snap = q.snapshot.get(doc);
    const rows = q.updates.all(doc, snap?.through_seq ?? 0);
    return {
      snapshot: snap ? new Uint8Array(snap.data) : null,
      updates: rows.map((r) => new Uint8Array(r.data)),
      lastSeq: rows.at(-1)?.seq ?? snap?.through_seq ?? 0,
    };
  });
  const deleteAll = (name: string, pattern: string) => {
    q.deleteUpdates.run(name, pattern);
    q.deleteSnapshots.run(name, pattern);
  };
  return {
    async appendUpdate(doc, update) {
      return Number(q.append.run(doc, Buffer.from(update.buffer, update.byteOffset, update.byteLength)).lastInsertRowid);
    },
    async load(doc) {
      return load(doc);
    },
    async storeSnapshot(doc, state, throughSeq) {
      compact(doc, state, throughSeq);
    },
    async delete(doc) {
      deleteAll(doc, doc);
    },
    deleteBillDocs(billId) {
      deleteAll(billId, `${billId}:*`);
    },
  };
}

/** Opens (creating and migrating as needed) a SQLite storage file. */
export function createSqliteStorage({ file, synchronous = 'normal' }: SqliteOptions): Storage {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  const docs = docStore(db);
  return {
    driver: 'sqlite',
    docs,
    bills: billStore(db, (id) => docs.deleteBillDocs(id)),
    users: sqliteUsers(db),
    sessions: sqliteSessions(db),
    members: sqliteMembers(db),
    audit: sqliteAudit(db),
    settings: sqliteSettings(db),
    guidance: sqliteGuidance(db),
    versions: sqliteVersions(db),
    notifications: sqliteNotifications(db),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
