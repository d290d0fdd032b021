// In-memory driver: for tests and throwaway servers. Same contract as the durable drivers.
import type { BillPatch, BillRecord, BillStore, DocStore, NewBill, Storage, StoredDoc } from '../types';
import { memoryAudit, memoryMembers, memorySessions, memorySettings, memoryUsers } from './memoryAuthStores';
import { memoryGuidance } from './memoryGuidance';
import { memoryVersions } from './memoryVersions';
import { memoryNotifications } from './memoryNotifications';

class MemoryBills implements BillStore {
  private rows = new Map<string, BillRecord>();
  constructor(
    private readonly docs: MemoryDocs,
    private readonly onDelete: (id: string) => void,
  ) {}

  async create(bill: NewBill): Promise<BillRecord> {
    if (this.rows.has(bill.id)) throw new Error(`bill ${bill.id} exists`);
    const now = new Date().toISOString();
    const row = { ...bill, createdAt: now, updatedAt: now };
    this.rows.set(bill.id, row);
    return { ...row };
  }
  async get(id: string) {
    const row = this.rows.get(id);
    return row ? { ...row } : null;
  }
  async list() {
    return [...this.rows.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((r) => ({ ...r }));
  }
  async update(id: string, patch: BillPatch) {
    const row = this.rows.get(id);
    if (!row) return null;
    if (patch.title !== undefined) row.title = patch.title;
    row.updatedAt = new Date().toISOString();
    return { ...row };
  }
  async touch(id: string) {
    const row = this.rows.get(id);
    if (row) row.updatedAt = new Date().toISOString();
  }
  async delete(id: string) {
    const existed = this.rows.delete(id);
    if (existed) {
      await this.docs.deletePrefix(id);
      this.onDelete(id);
    }
    return existed;
  }
}

interface DocEntry {
  snapshot: Uint8Array | null;
  throughSeq: number;
  updates: { seq: number; data: Uint8Array }[];
}

class MemoryDocs implements DocStore {
  private seq = 0;
  private docs = new Map<string, DocEntry>();

  private entry(name: string) {
    let e = this.docs.get(name);
    if (!e) this.docs.set(name, (e = { snapshot: null, throughSeq: 0, updates: [] }));
    return e;
  }
  async appendUpdate(docName: string, update: Uint8Array) {
    this.seq += 1;
    this.entry(docName).updates.push({ seq: this.seq, data: update.slice() });
    return this.seq;
  }
  async load(docName: string): Promise<StoredDoc> {
    const e = this.docs.get(docName);
    if (!e) return { snapshot: null, updates: [], lastSeq: 0 };
    const last = e.updates.at(-1)?.seq ?? e.throughSeq;
    return { snapshot: e.snapshot?.slice() ?? null, updates: e.updates.map((u) => u.data.slice()), lastSeq: last };
  }
  async storeSnapshot(docName: string, state: Uint8Array, throughSeq: number) {
    const e = this.entry(docName);
    if (throughSeq < e.throughSeq) return;
    e.snapshot = state.slice();
    e.updates = e.updates.filter((u) => u.seq > throughSeq);
    e.throughSeq = throughSeq;
  }
  async delete(docName: string) {
    this.docs.delete(docName);
  }
  /** Deletes a bill's documents: `<billId>` and `<billId>:<suffix>`. */
  async deletePrefix(billId: string) {
    for (const name of [...this.docs.keys()]) if (name === billId || name.startsWith(`${billId}:`)) this.docs.delete(name);
  }
}

/** A fresh, empty in-memory storage. */
export function createMemoryStorage(): Storage {
  const docs = new MemoryDocs();
  const members = memoryMembers();
  const guidance = memoryGuidance();
  const versions = memoryVersions();
  const notifications = memoryNotifications();
  return {
    driver: 'memory',
    docs,
    bills: new MemoryBills(docs, (id) => {
      members.removeBill(id);
      guidance.removeBill(id);
      versions.removeBill(id);
      notifications.removeBill(id);
    }),
    users: memoryUsers(),
    sessions: memorySessions(),
    members,
    audit: memoryAudit(),
    settings: memorySettings(),
    guidance,
    versions,
    notifications,
    ping: async () => {},
    close: async () => {},
  };
}
