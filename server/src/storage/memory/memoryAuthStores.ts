// In-memory users, sessions, members, audit and settings (same contract as SQLite).
import type { Role } from '../../../../core/auth/roles';
import {
  DuplicateError,
  type AuditEntry,
  type AuditStore,
  type MemberStore,
  type SessionRecord,
  type SessionStore,
  type SettingsStore,
  type UserRecord,
  type UserStore,
} from '../types';

const now = () => new Date().toISOString();

export function memoryUsers(): UserStore {
  const rows = new Map<string, UserRecord>();
  const byName = (username: string) => [...rows.values()].find((u) => u.username.toLowerCase() === username.toLowerCase());
  return {
    async create(user) {
      if (byName(user.username)) throw new DuplicateError(`username ${user.username} is taken`);
      const row = { ...user, createdAt: now() };
      rows.set(user.id, row);
      return { ...row };
    },
    getById: async (id) => (rows.has(id) ? { ...(rows.get(id) as UserRecord) } : null),
    getByUsername: async (username) => {
      const u = byName(username);
      return u ? { ...u } : null;
    },
    list: async () => [...rows.values()].sort((a, b) => a.username.localeCompare(b.username)).map((u) => ({ ...u })),
    count: async () => rows.size,
  };
}

export function memorySessions(): SessionStore {
  const rows = new Map<string, SessionRecord>();
  return {
    async create(s) {
      const row = { ...s, createdAt: now() };
      rows.set(s.id, row);
      return { ...row };
    },
    get: async (id) => (rows.has(id) ? { ...(rows.get(id) as SessionRecord) } : null),
    delete: async (id) => {
      rows.delete(id);
    },
    async deleteExpired(at) {
      let n = 0;
      for (const [id, s] of rows) if (s.expiresAt < at && rows.delete(id)) n += 1;
      return n;
    },
  };
}

export function memoryMembers(): MemberStore & { removeBill(billId: string): void } {
  const rows = new Map<string, Map<string, Role>>();
  return {
    get: async (billId, userId) => rows.get(billId)?.get(userId) ?? null,
    list: async (billId) => [...(rows.get(billId) ?? new Map<string, Role>())].map(([userId, role]) => ({ userId, role })),
    async set(billId, userId, role) {
      if (!rows.has(billId)) rows.set(billId, new Map());
      rows.get(billId)?.set(userId, role);
    },
    remove: async (billId, userId) => rows.get(billId)?.delete(userId) ?? false,
    async rolesOf(userId) {
      const out = new Map<string, Role>();
      for (const [billId, m] of rows) {
        const role = m.get(userId);
        if (role) out.set(billId, role);
      }
      return out;
    },
    removeBill: (billId) => {
      rows.delete(billId);
    },
  };
}

export function memoryAudit(): AuditStore {
  const rows: AuditEntry[] = [];
  return {
    async append(e) {
      const row = { ...e, detail: structuredClone(e.detail), id: rows.length + 1, at: now() };
      rows.push(row);
      return structuredClone(row);
    },
    listForBill: async (billId, limit) =>
      rows.filter((r) => r.billId === billId).reverse().slice(0, limit).map((r) => structuredClone(r)),
    listAll: async (limit) => [...rows].reverse().slice(0, limit).map((r) => structuredClone(r)),
  };
}

export function memorySettings(): SettingsStore {
  const rows = new Map<string, string>();
  return {
    get: async (key) => rows.get(key) ?? null,
    set: async (key, value) => {
      rows.set(key, value);
    },
  };
}
