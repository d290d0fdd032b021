// Which provisions moved. A provision moved when its parent changed, or when it is not among the siblings
// that kept their relative order under the same parent (the heaviest such run, by subtree size). Children
// of a moved chapter keep their parent and order, so they are not reported as moved themselves (only
// renumbered, if they were).
import type { BillEntry } from './flattenBill';
import { heaviestIncreasing } from './heaviestIncreasing';

/** Keys present in both versions whose position in the structure changed. */
export function movedKeys(oldEntries: readonly BillEntry[], newEntries: readonly BillEntry[], matched: ReadonlySet<string>): Set<string> {
  const moved = new Set<string>();
  const oldParent = new Map(oldEntries.map((e) => [e.key, e.parentKey]));
  const stays = (e: BillEntry) => {
    if (!matched.has(e.key)) return false;
    if (oldParent.get(e.key) === e.parentKey) return true;
    moved.add(e.key);
    return false;
  };
  const newSiblings = groupByParent(newEntries.filter(stays));
  const oldSiblings = groupByParent(oldEntries.filter((e) => matched.has(e.key) && !moved.has(e.key)));
  const weight = subtreeSizes(newEntries);
  for (const [parent, newKeys] of newSiblings) {
    const oldKeys = oldSiblings.get(parent) ?? [];
    if (oldKeys.length === newKeys.length && oldKeys.every((k, i) => k === newKeys[i])) continue;
    const oldPos = new Map(oldKeys.map((k, i) => [k, i]));
    const kept = heaviestIncreasing(
      newKeys.map((k) => oldPos.get(k) ?? 0),
      newKeys.map((k) => weight.get(k) ?? 1),
    );
    newKeys.forEach((k, i) => {
      if (!kept[i]) moved.add(k);
    });
  }
  return moved;
}

function groupByParent(entries: readonly BillEntry[]): Map<string | null, string[]> {
  const groups = new Map<string | null, string[]>();
  for (const e of entries) {
    const list = groups.get(e.parentKey);
    if (list) list.push(e.key);
    else groups.set(e.parentKey, [e.key]);
  }
  return groups;
}

/** Entries in each subtree (the entry itself included); children follow their parent in document order. */
function subtreeSizes(entries: readonly BillEntry[]): Map<string, number> {
  const size = new Map<string, number>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!e) continue;
    const own = (size.get(e.key) ?? 0) + 1;
    size.set(e.key, own);
    if (e.parentKey !== null) size.set(e.parentKey, (size.get(e.parentKey) ?? 0) + own);
  }
  return size;
}
