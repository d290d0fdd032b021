// SQLite users, sessions, members, audit and settings.
import type Database from 'better-sqlite3';
import type { Role } from '../../../../core/auth/roles';
import {
  DuplicateError,
  type AuditEntry,
  type AuditStore,
  type MemberStore,
  type SessionStore,
  type SettingsStore,
  type UserRecord,
  type UserStore,
} from '../types';

type UserRow = { id: string; username: string; display_name: string; password_hash: string; is_admin: number; created_at: string };
const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  passwordHash: r.password_hash,
  isAdmin: r.is_admin === 1,
  createdAt: r.created_at,
});
const now = () => new Date().toISOString();

export function sqliteUsers(db: Database.Database): UserStore {
  const q = {
    insert: db.prepare('INSERT INTO users (id, username, display_name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    byId: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
    byName: db.prepare<[string], UserRow>('SELECT * FROM users WHERE lower(username) = lower(?)'),
    list: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username'),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users'),
  };
  return {
    async create(u) {
      const createdAt = now();
      try {
        q.insert.run(u.id, u.username, u.displayName, u.passwordHash, u.isAdmin ? 1 : 0, createdAt);
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateError(`username ${u.username} is taken`);
        throw err;
      }
      return { ...u, createdAt };
    },
    getById: async (id) => {
      const r = q.byId.get(id);
      return r ? toUser(r) : null;
    },
    getByUsername: async (username) => {
      const r = q.byName.get(username);
      return r ? toUser(r) : null;
    },
    list: async () => q.list.all().map(toUser),
    count: async () => q.count.get()?.n ?? 0,
  };
}

export function sqliteSessions(db: Database.Database): SessionStore {
  type Row = { id: string; user_id: string; created_at: string; expires_at: string };
  const q = {
    insert: db.prepare('INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
    get: db.prepare<[string], Row>('SELECT * FROM sessions WHERE id = ?'),
    delete: db.prepare('DELETE FROM sessions WHERE id = ?'),
    expired: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
  };
  return {
    async create(s) {
      const createdAt = now();
      q.insert.run(s.id, s.userId, createdAt, s.expiresAt);
      return { ...s, createdAt };
    },
    async get(id) {
      const r = q.get.get(id);
      return r ? { id: r.id, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at } : null;
    },
    async delete(id) {
      q.delete.run(id);
    },
    deleteExpired: async (at) => q.expired.run(at).changes,
  };
}

export function sqliteMembers(db: Database.Database): MemberStore {
  const q = {
    get: db.prepare<[string, string], { role: Role }>('SELECT role FROM members WHERE bill_id = ? AND user_id = ?'),
    list: db.prepare<[string], { user_id: string; role: Role }>('SELECT user_id, role FROM members WHERE bill_id = ? ORDER BY rowid'),
    upsert: db.prepare(
      'INSERT INTO members (bill_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (bill_id, user_id) DO UPDATE SET role = excluded.role',
    ),
    remove: db.prepare('DELETE FROM members WHERE bill_id = ? AND user_id = ?'),
    ofUser: db.prepare<[string], { bill_id: string; role: Role }>('SELECT bill_id, role FROM members WHERE user_id = ?'),
  };
  return {
    get: async (billId, userId) => q.get.get(billId, userId)?.role ?? null,
    list: async (billId) => q.list.all(billId).map((r) => ({ userId: r.user_id, role: r.role })),
    async set(billId, userId, role) {
      q.upsert.run(billId, userId, role);
    },
    remove: async (billId, userId) => q.remove.run(billId, userId).changes > 0,
    rolesOf: async (userId) => new Map(q.ofUser.all(userId).map((r) => [r.bill_id, r.role])),
  };
}

export function sqliteAudit(db: Database.Database): AuditStore {
  type Row = { id: number; bill_id: string | null; user_id: string | null; action: string; detail: string; at: string };
  const toEntry = (r: Row): AuditEntry => ({
    id: r.id,
    billId: r.bill_id,
    userId: r.user_id,
    action: r.action,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    at: r.at,
  });
  const q = {
    insert: db.prepare('INSERT INTO audit (bill_id, user_id, action, detail, at) VALUES (?, ?, ?, ?, ?)'),
    forBill: db.prepare<[string, number], Row>('SELECT * FROM audit WHERE bill_id = ? ORDER BY id DESC LIMIT ?'),
    all: db.prepare<[number], Row>('SELECT * FROM audit ORDER BY id DESC LIMIT ?'),
  };
  return {
    async append(e) {
      const at = now();
      const id = Number(q.insert.run(e.billId, e.userId, e.action, JSON.stringify(e.detail), at).lastInsertRowid);
      return { ...e, id, at };
    },
    listForBill: async (billId, limit) => q.forBill.all(billId, limit).map(toEntry),
    listAll: async (limit) => q.all.all(limit).map(toEntry),
  };
}

export function sqliteSettings(db: Database.Database): SettingsStore {
  const q = {
    get: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    set: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
  return {
    get: async (key) => q.get.get(key)?.value ?? null,
    set: async (key, value) => {
      q.set.run(key, value);
    },
  };
}
