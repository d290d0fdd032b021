// The storage interface (DESIGN.md §2, §9): small, async, and every driver passes tests/contracts.
import type { BillLang } from '../../../core/bill/types';
import type { Role } from '../../../core/auth/roles';
import type { Alternative, GuidanceNote } from '../../../core/templates/types';

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

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  /** scrypt$N$r$p$salt$hash (see server/src/auth/passwords.ts). */
  passwordHash: string;
  isAdmin: boolean;
  createdAt: string;
}

/** Accounts. Usernames are unique regardless of case. */
export interface UserStore {
  /** Throws DuplicateError when the username is taken. */
  create(user: Omit<UserRecord, 'createdAt'>): Promise<UserRecord>;
  getById(id: string): Promise<UserRecord | null>;
  getByUsername(username: string): Promise<UserRecord | null>;
  list(): Promise<UserRecord[]>;
  count(): Promise<number>;
}

export interface SessionRecord {
  /** SHA-256 of the session token: the token itself is never stored. */
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionStore {
  create(session: Omit<SessionRecord, 'createdAt'>): Promise<SessionRecord>;
  get(id: string): Promise<SessionRecord | null>;
  delete(id: string): Promise<void>;
  /** Removes sessions that expired before `now`; returns how many. */
  deleteExpired(now: string): Promise<number>;
}

/** Per-bill roles. Removing a bill removes its members. */
export interface MemberStore {
  get(billId: string, userId: string): Promise<Role | null>;
  list(billId: string): Promise<{ userId: string; role: Role }[]>;
  set(billId: string, userId: string, role: Role): Promise<void>;
  remove(billId: string, userId: string): Promise<boolean>;
  /** billId → role for every bill the user is a member of. */
  rolesOf(userId: string): Promise<Map<string, Role>>;
}

export interface AuditEntry {
  id: number;
  billId: string | null;
  userId: string | null;
  action: string;
  detail: Record<string, unknown>;
  at: string;
}

/** Append-only audit trail: there is no update or delete. */
export interface AuditStore {
  append(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<AuditEntry>;
  /** Newest first. */
  listForBill(billId: string, limit: number): Promise<AuditEntry[]>;
  listAll(limit: number): Promise<AuditEntry[]>;
}

/** Small server-wide settings (e.g. whether self-registration is open). */
export interface SettingsStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** Drafting guidance and clause alternatives of a bill made from a template, keyed by provision pid. */
export interface BillGuidanceRecord {
  templateId: string;
  templateVersion: string;
  guidance: Record<string, GuidanceNote>;
  alternatives: Record<string, Alternative[]>;
}

/** One guidance record per bill, written when the bill is made from a template. Deleting a bill deletes it. */
export interface GuidanceStore {
  put(billId: string, record: BillGuidanceRecord): Promise<void>;
  get(billId: string): Promise<BillGuidanceRecord | null>;
}

/** An in-app notification (so far: someone mentioned the user in a review comment). */
export interface NotificationRecord {
  id: number;
  userId: string;
  billId: string;
  kind: 'mention';
  threadId: string;
  commentId: string;
  /** Who caused it. */
  actorId: string;
  /** The start of the comment when the notification was made. */
  excerpt: string;
  createdAt: string;
  readAt: string | null;
}

/** Per-user notifications. Deleting a bill deletes its notifications. */
export interface NotificationStore {
  add(n: Omit<NotificationRecord, 'id' | 'createdAt' | 'readAt'>): Promise<NotificationRecord>;
  /** Newest first. */
  listForUser(userId: string, limit: number): Promise<NotificationRecord[]>;
  /** Marks the user's notifications read (the given ids, or all); returns how many changed. */
  markRead(userId: string, ids: number[] | 'all'): Promise<number>;
  /** Removes the notifications a comment caused (it was deleted). */
  deleteForComment(billId: string, commentId: string): Promise<void>;
}

/** A stored version of a bill: metadata plus the full Yjs state (Y.encodeStateAsUpdateV2). */
export interface VersionRecord {
  id: string;
  billId: string;
  label: string;
  note: string;
  /** Who made it; null for automatic versions nobody asked for (after a period of editing). */
  authorId: string | null;
  /** Automatic versions are pruned beyond a limit; named ones never are. */
  auto: boolean;
  /** Why an automatic version was taken ('editing', 'restore', 'export', 'alternative' …); null for named ones. */
  reason: string | null;
  createdAt: string;
}

export type NewVersion = Omit<VersionRecord, 'createdAt'> & { state: Uint8Array };

/** Versions of bills. Deleting a bill deletes its versions. */
export interface VersionStore {
  create(version: NewVersion): Promise<VersionRecord>;
  /** The bill's versions, newest first, without their states. */
  list(billId: string): Promise<VersionRecord[]>;
  /** A version of that bill (null for an unknown id or another bill's version). */
  get(billId: string, id: string): Promise<VersionRecord | null>;
  /** The stored Yjs state (update v2) of a version of that bill. */
  state(billId: string, id: string): Promise<Uint8Array | null>;
  /** Deletes the bill's oldest automatic versions beyond the newest `keep`; returns how many went. */
  pruneAuto(billId: string, keep: number): Promise<number>;
}

/** Thrown by stores when a unique key is taken. */
export class DuplicateError extends Error {}

/** The storage a server is composed with. */
export interface Storage {
  readonly driver: string;
  bills: BillStore;
  docs: DocStore;
  users: UserStore;
  sessions: SessionStore;
  members: MemberStore;
  audit: AuditStore;
  settings: SettingsStore;
  guidance: GuidanceStore;
  notifications: NotificationStore;
  versions: VersionStore;
  /** Resolves when storage is reachable (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
