// Which findings are waived now: a waiver thread covers (pid, ruleId) while its reason stands and the
// provision's text still hashes as it did when the finding was waived.
import type { ProvisionText } from '../rules/types';
import { provisionTextHash } from './provisionTextHash';
import type { ThreadRecord, UserRef } from './types';

/** How a waived finding is reported. */
export interface WaiverMark {
  threadId: string;
  by: UserRef;
  reason: string;
  at: string;
}

/** Key of a finding for waivers. */
export function findingKey(pid: string, ruleId: string): string {
  return `${pid}\u0000${ruleId}`;
}

/** True when a waiver thread is in force for the provision's current text ('' when it has none). */
export function waiverHolds(thread: ThreadRecord, currentText: string | undefined): boolean {
  const reason = thread.comments[0];
  if (thread.kind !== 'waiver' || !thread.waiver || !reason || reason.deletedAt) return false;
  return currentText !== undefined && provisionTextHash(currentText) === thread.waiver.textHash;
}

/** The waivers in force, by findingKey, given the threads and the bill's current provision texts. */
export function waiversInForce(
  threads: readonly ThreadRecord[],
  provisions: readonly ProvisionText[],
): Map<string, WaiverMark> {
  const texts = new Map(provisions.map((p) => [p.pid, p.text]));
  const out = new Map<string, WaiverMark>();
  for (const t of threads) {
    const reason = t.comments[0];
    if (!t.waiver || !reason || !waiverHolds(t, texts.get(t.pid))) continue;
    const key = findingKey(t.pid, t.waiver.ruleId);
    if (!out.has(key))
      out.set(key, { threadId: t.id, by: t.createdBy, reason: reason.body, at: t.createdAt });
  }
  return out;
}
