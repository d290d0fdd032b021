// How versions are presented by the API: authors resolved to public names; comparisons name both sides.
import type { BillJSON } from '../../../core/bill/types';
import type { BillDiff } from '../../../core/diff/types';
import type { UserStore, VersionRecord } from '../storage/types';

/** The author of a version as the API shows it. */
export interface VersionAuthor {
  id: string;
  username: string;
  displayName: string;
}

/** A version as the API lists it. */
export interface VersionView {
  id: string;
  label: string;
  note: string;
  /** Null for automatic versions nobody asked for, or an author whose account is gone. */
  author: VersionAuthor | null;
  createdAt: string;
  auto: boolean;
  /** Why an automatic version was taken ('editing', 'restore', 'export', 'alternative', 'template' …); null for named ones. */
  reason: string | null;
}

/** `GET /api/bills/:id/versions/:vid`. */
export interface VersionContent {
  version: VersionView;
  json: BillJSON;
  text: string;
}

/** `GET /api/bills/:id/diff`: the two sides (null = the live text) and the diff. */
export interface VersionComparison extends BillDiff {
  from: VersionView | null;
  to: VersionView | null;
}

/** Presents records in the same order, looking each author up once. */
export async function presentVersions(users: Pick<UserStore, 'getById'>, records: readonly VersionRecord[]): Promise<VersionView[]> {
  const authors = new Map<string, VersionAuthor | null>();
  for (const r of records) {
    if (!r.authorId || authors.has(r.authorId)) continue;
    const u = await users.getById(r.authorId);
    authors.set(r.authorId, u ? { id: u.id, username: u.username, displayName: u.displayName } : null);
  }
  return records.map(({ id, label, note, authorId, createdAt, auto, reason }) => ({
    id,
    label,
    note,
    author: authorId ? (authors.get(authorId) ?? null) : null,
    createdAt,
    auto,
    reason,
  }));
}

/** Presents one record. */
export async function presentVersion(users: Pick<UserStore, 'getById'>, record: VersionRecord): Promise<VersionView> {
  const [view] = await presentVersions(users, [record]);
  if (!view) throw new Error('presentVersions lost a record');
  return view;
}
