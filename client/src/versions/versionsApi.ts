// Typed calls for a bill's versions and comparisons (server/src/http/routes/versions.ts).
import type { BillJSON } from '../../../core/bill';
import type { BillDiff } from '../../../core/diff/types';
import { request } from '../api/request';

/** Who saved a version; null for automatic versions nobody asked for. */
export interface VersionAuthor {
  id: string;
  username: string;
  displayName: string;
}

/** A version as the API lists it (newest first). */
export interface Version {
  id: string;
  label: string;
  note: string;
  author: VersionAuthor | null;
  createdAt: string;
  /** Automatic versions (after editing, before restores, exports …) carry an English default label. */
  auto: boolean;
  /** Why an automatic version was taken: 'editing' | 'restore' | 'export' | 'alternative' | 'template' …; null when named. */
  reason: string | null;
}

/** One version's content, read-only. */
export interface VersionContent {
  version: Version;
  json: BillJSON;
  text: string;
}

/** What a restore did: the version now live, and the automatic version of the text it replaced. */
export interface RestoreResult {
  restored: Version;
  backup: Version | null;
}

/** Why a client asks for an automatic version right before it replaces text. */
export type ReplaceReason = 'alternative' | 'template';

/** `POST …/versions/auto`: the version taken, or null when the newest version already holds this text. */
export interface KeepBeforeResult {
  version: Version | null;
}

/** A side of a comparison: a version id, or the live text. */
export type CompareSide = string;
export const CURRENT = 'current';

/** `GET /api/bills/:id/diff`: both sides (null = the live text) and the structure-aware diff. */
export interface VersionComparison extends BillDiff {
  from: Version | null;
  to: Version | null;
}

const versionsUrl = (billId: string) => `/api/bills/${encodeURIComponent(billId)}/versions`;

export const versionsApi = {
  /** The bill's versions, newest first. */
  list: (billId: string, signal?: AbortSignal) =>
    request<{ versions: Version[] }>(versionsUrl(billId), { signal }).then((r) => r.versions),
  /** Saves the live text as a named version. */
  create: (billId: string, input: { label: string; note?: string }) =>
    request<Version>(versionsUrl(billId), { method: 'POST', body: input }),
  /**
   * Keeps the live text as an automatic version right before this client replaces text. `seen` is the
   * client's Yjs snapshot (base64): the server waits until its last edits have arrived.
   */
  keepBefore: (billId: string, input: { reason: ReplaceReason; seen?: string }, signal?: AbortSignal) =>
    request<KeepBeforeResult>(`${versionsUrl(billId)}/auto`, { method: 'POST', body: input, signal }),
  /** A version's content. */
  get: (billId: string, versionId: string, signal?: AbortSignal) =>
    request<VersionContent>(`${versionsUrl(billId)}/${encodeURIComponent(versionId)}`, { signal }),
  /** Makes the live text the version's, as one change every collaborator sees. */
  restore: (billId: string, versionId: string) =>
    request<RestoreResult>(`${versionsUrl(billId)}/${encodeURIComponent(versionId)}/restore`, {
      method: 'POST',
    }),
  /** Compares two versions, or a version with the live text (`current`). */
  compare: (billId: string, from: CompareSide, to: CompareSide, signal?: AbortSignal) =>
    request<VersionComparison>(
      `/api/bills/${encodeURIComponent(billId)}/diff?${new URLSearchParams({ from, to }).toString()}`,
      { signal },
    ),
};
