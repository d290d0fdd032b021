// SQLite version store: one row per version, the Yjs state as a BLOB. Rows go with their bill
// (ON DELETE CASCADE); `seq` orders versions made within the same millisecond.
import type Database from 'better-sqlite3';
import type { NewVersion, VersionRecord, VersionStore } from '../types';

type Row = { id: string; bill_id: string; label: string; note: string; author_id: string | null; auto: number; reason: string | null; created_at: string };
const columns = 'id, bill_id, label, note, author_id, auto, reason, created_at';
const toRecord = (r: Row): VersionRecord => ({
  id: r.id,
  billId: r.bill_id,
  label: r.label,
  note: r.note,
  authorId: r.author_id,
  auto: r.auto === 1,
  reason: r.reason,
  createdAt: r.created_at,
});

export function sqliteVersions(db: Database.Database): VersionStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO versions (id, bill_id, label, note, author_id, auto, reason, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    list: db.prepare<[string], Row>(`SELECT ${columns} FROM versions WHERE bill_id = ? ORDER BY seq DESC`),
    get: db.prepare<[string, string], Row>(`SELECT ${columns} FROM versions WHERE bill_id = ? AND id = ?`),
    state: db.prepare<[string, string], { state: Buffer }>('SELECT state FROM versions WHERE bill_id = ? AND id = ?'),
    prune: db.prepare(
      `DELETE FROM versions WHERE bill_id = ? AND auto = 1 AND seq NOT IN
         (SELECT seq FROM versions WHERE bill_id = ? AND auto = 1 ORDER BY seq DESC LIMIT ?)`,
    ),
  };
  return {
    async create(v: NewVersion) {
      const createdAt = new Date().toISOString();
      const state = Buffer.from(v.state.buffer, v.state.byteOffset, v.state.byteLength);
      q.insert.run(v.id, v.billId, v.label, v.note, v.authorId, v.auto ? 1 : 0, v.reason, createdAt, state);
      return { id: v.id, billId: v.billId, label: v.label, note: v.note, authorId: v.authorId, auto: v.auto, reason: v.reason, createdAt };
    },
    async list(billId) {
      return q.list.all(billId).map(toRecord);
    },
    async get(billId, id) {
      const row = q.get.get(billId, id);
      return row ? toRecord(row) : null;
    },
    async state(billId, id) {
      const row = q.state.get(billId, id);
      return row ? new Uint8Array(row.state) : null;
    },
    async pruneAuto(billId, keep) {
      return q.prune.run(billId, billId, Math.max(0, keep)).changes;
    },
  };
}
