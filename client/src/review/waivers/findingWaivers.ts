// The review document's waivers as the findings plugin takes them (editor/findings/findingWaivers): one
// FindingWaiver per waiver thread, holding while core's waiverHolds says so — the rule the server and the
// threads panel (threadView's waiverInForce) apply: the reason stands and the provision's text hashes as
// when the finding was waived.
import { waiverHolds, type ThreadRecord } from '../../../../core/review';
import type { FindingWaiver } from '../../editor/findings/findingWaivers';

/**
 * The waivers among `records`. `cache` keeps each record's FindingWaiver while the record is the same
 * object (records are replaced whole on change), so unchanged waivers are not re-checked.
 */
export function findingWaivers(
  records: readonly ThreadRecord[],
  title: (reason: string) => string,
  cache?: WeakMap<ThreadRecord, FindingWaiver>,
): FindingWaiver[] {
  const out: FindingWaiver[] = [];
  for (const record of records) {
    const { waiver } = record;
    if (record.kind !== 'waiver' || !waiver) continue;
    let w = cache?.get(record);
    if (!w) {
      w = {
        id: record.id,
        pid: record.pid,
        ruleId: waiver.ruleId,
        title: title(record.comments[0]?.body ?? ''),
        holds: (text) => waiverHolds(record, text),
      };
      cache?.set(record, w);
    }
    out.push(w);
  }
  return out;
}
