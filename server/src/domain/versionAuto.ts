// Automatic versions: taken before risky operations (restore, export, clause-alternative swaps and other
// template operations that replace text) and after a period of editing. Storage-level so that the collab hook can use it without the services.
import { randomBytes } from 'node:crypto';
import type { Storage, VersionRecord } from '../storage/types';
import { toVersionState, versionJSON } from './versionContent';
import { stateToBillJSON } from './billContent';

/** Well-known reasons; others may pass their own short word. */
export const autoVersionLabels: Record<string, string> = {
  editing: 'Automatic: after editing',
  restore: 'Automatic: before restoring a version',
  export: 'Automatic: before export',
  alternative: 'Automatic: before swapping a clause alternative',
  template: 'Automatic: before a template operation',
};

/** Reasons a client may give when it asks for an automatic version right before it replaces text. */
export const clientAutoReasons = ['alternative', 'template'] as const;
export type ClientAutoReason = (typeof clientAutoReasons)[number];

/** A new url-safe version id (16 characters). */
export function newVersionId(): string {
  return randomBytes(12).toString('base64url');
}

export interface AutoVersionInput {
  billId: string;
  /** The live document state, update v1 (CollabServer.readState / Y.encodeStateAsUpdate). */
  state: Uint8Array;
  reason: string;
  authorId: string | null;
  note?: string;
  /** Automatic versions kept per bill; older ones are pruned. */
  keep: number;
}

/**
 * Stores an automatic version of `state`, unless the bill's newest version already has this content
 * (then returns null). Audited as `version.created`; prunes the oldest automatic versions beyond `keep`.
 */
export async function recordAutoVersion(storage: Pick<Storage, 'versions' | 'audit'>, input: AutoVersionInput): Promise<VersionRecord | null> {
  const [newest] = await storage.versions.list(input.billId);
  const newestState = newest ? await storage.versions.state(input.billId, newest.id) : null;
  if (newestState && sameContent(newestState, input.state)) return null;
  const version = await storage.versions.create({
    id: newVersionId(),
    billId: input.billId,
    label: autoVersionLabels[input.reason] ?? `Automatic: ${input.reason}`,
    note: input.note ?? '',
    authorId: input.authorId,
    auto: true,
    reason: input.reason,
    state: toVersionState(input.state),
  });
  await storage.audit.append({
    billId: input.billId,
    userId: input.authorId,
    action: 'version.created',
    detail: { versionId: version.id, label: version.label, auto: true, reason: input.reason },
  });
  await storage.versions.pruneAuto(input.billId, input.keep);
  return version;
}

function sameContent(versionStateV2: Uint8Array, liveStateV1: Uint8Array): boolean {
  return JSON.stringify(versionJSON(versionStateV2)) === JSON.stringify(stateToBillJSON(liveStateV1));
}
