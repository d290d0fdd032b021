// The storage interface (DESIGN.md §2, §9): small, async, and every driver passes tests/contracts.
import type { BillLang } from '../../../core/bill/types';

/** A bill's metadata row. */
export interface BillRecord {
  id: string;
  title: string;
  lang: BillLang;
  createdAt: string;
  updatedAt: string;
}

export interface NewBill {
  id: string;
  title: string;
  lang: BillLang;
}

export interface BillPatch {
  title?: string;
}

/** Bill metadata. Deleting a bill also deletes its documents. */
export interface BillStore {
  create(bill: NewBill): Promise<BillRecord>;
  get(id: string): Promise<BillRecord | null>;
  list(): Promise<BillRecord[]>;
  update(id: string, patch: BillPatch): Promise<BillRecord | null>;
  /** Marks the bill's content as changed now (updatedAt). */
  touch(id: string): Promise<void>;
  delete(id: string): Promise<boolean>;
}

/** What a document's stored state is made of: the latest compacted snapshot and the updates after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update included (in the snapshot or the list); 0 when empty. */
  lastSeq: number;
}

/** Yjs documents as an append-only update log behind a compacted snapshot. */
export interface DocStore {
  /** Durably appends one update; resolves with its sequence number once it is stored. */
  appendUpdate(docName: string, update: Uint8Array): Promise<number>;
  load(docName: string): Promise<StoredDoc>;
  /** Replaces the snapshot with `state` and drops updates with seq ≤ throughSeq (they are in `state`). */
  storeSnapshot(docName: string, state: Uint8Array, throughSeq: number): Promise<void>;
  delete(docName: string): Promise<void>;
}

/** The storage a server is composed with. */
export interface Storage {
  readonly driver: string;
  bills: BillStore;
  docs: DocStore;
  /** Resolves when storage is reachable (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
