// Structure-aware comparison of two bill versions (DESIGN.md §7): provisions are aligned by pid, so moves
// and renumbering are recognised, and only the text inside a provision is diffed, word by word.
import type { BillJSON, BillLang } from '../bill/types';
import { diffTokens, oneSided } from './diffTokens';
import { flattenBill, type BillEntry } from './flattenBill';
import { movedKeys } from './movedKeys';
import { summarize } from './summarize';
import type { BillDiff, DiffRow, DiffSide, DiffSpan, DiffStatus } from './types';
import { wordSplitter } from './wordSplitter';

const side = (e: BillEntry, index: number, spans: DiffSpan[]): DiffSide => ({
  index,
  label: e.label,
  cite: e.cite,
  text: e.text,
  line: e.line,
  spans,
});

/** Compares two versions of a bill: rows in document order (newer version's, deletions where they were). */
export function diffBills(oldDoc: BillJSON, newDoc: BillJSON, lang: BillLang): BillDiff {
  const split = wordSplitter(lang);
  const oldEntries = flattenBill(oldDoc, lang);
  const newEntries = flattenBill(newDoc, lang);
  const oldIndex = new Map(oldEntries.map((e, i) => [e.key, i]));
  // The same pid on a different kind of node is not the same provision: give the newer one its own key.
  for (const e of newEntries) {
    const o = oldIndex.get(e.key);
    if (o !== undefined && oldEntries[o]?.kind !== e.kind) e.key = `${e.key}~${e.kind}`;
  }
  const newKeys = new Set(newEntries.map((e) => e.key));
  const matched = new Set(oldEntries.filter((e) => newKeys.has(e.key)).map((e) => e.key));
  const moved = movedKeys(oldEntries, newEntries, matched);

  // A deleted provision is shown right after the nearest provision before it that still exists.
  const deletedAfter = new Map<string | null, DiffRow[]>();
  let anchor: string | null = null;
  oldEntries.forEach((e, i) => {
    if (matched.has(e.key)) anchor = e.key;
    else {
      const list = deletedAfter.get(anchor) ?? [];
      list.push(deletedRow(e, i));
      deletedAfter.set(anchor, list);
    }
  });

  const rows: DiffRow[] = [...(deletedAfter.get(null) ?? [])];
  newEntries.forEach((e, i) => {
    const o = oldIndex.get(e.key);
    const before = o === undefined ? undefined : oldEntries[o];
    if (o === undefined || !before || !matched.has(e.key)) {
      rows.push(addedRow(e, i));
      return;
    }
    const d = diffTokens(before.tokens, e.tokens, split);
    const status = moved.has(e.key) ? 'moved' : d.changed ? 'modified' : 'unchanged';
    rows.push(row(e, status, d.changed, before.label !== e.label, side(before, o, d.old), side(e, i, d.new), d.redline));
    rows.push(...(deletedAfter.get(e.key) ?? []));
  });
  return { lang, rows, summary: summarize(rows) };
}

function row(
  e: BillEntry,
  status: DiffStatus,
  textChanged: boolean,
  renumbered: boolean,
  old: DiffSide | null,
  now: DiffSide | null,
  redline: DiffSpan[],
): DiffRow {
  return { key: e.key, pid: e.pid, kind: e.kind, depth: e.depth, status, textChanged, renumbered, old, new: now, redline };
}

function addedRow(e: BillEntry, index: number): DiffRow {
  const spans = oneSided('insert', e.text);
  return row(e, 'added', false, false, null, side(e, index, spans), spans);
}

function deletedRow(e: BillEntry, index: number): DiffRow {
  const spans = oneSided('delete', e.text);
  return row(e, 'deleted', false, false, side(e, index, spans), null, spans);
}
