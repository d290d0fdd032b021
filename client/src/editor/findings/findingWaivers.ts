// Waivers as the findings plugin sees them. The review layer (review/waivers) knows the waiver threads and
// when one holds; it lends the plugin one FindingWaiver per waiver, and the plugin asks each of them about
// its provision's current text on every run — so a waived finding is counted, listed and drawn as waived,
// and turns open again the moment its provision's wording changes (and waived again if it changes back).
import type { ProvisionLine } from './provisionLines';
import { findingKey } from './placeFindings';

/** A waiver of one finding (rule `ruleId` on provision `pid`). */
export interface FindingWaiver {
  /** Stable id (the waiver thread's). */
  id: string;
  pid: string;
  ruleId: string;
  /** Tooltip of the waived words (“Waived: reason”). */
  title: string;
  /** True while the waiver holds for the provision's current text (undefined: no such provision). */
  holds(text: string | undefined): boolean;
}

/** The last answer of each waiver, by the text it was asked about (re-asked only when the text changes). */
export type WaiverChecks = WeakMap<FindingWaiver, { text: string | undefined; holds: boolean }>;

const none: ReadonlyMap<string, FindingWaiver> = new Map();

/**
 * Finding key → the waiver in force on it for the provisions' current texts. Returns `prev` itself when
 * nothing changed (so the plugin can tell cheaply that no marker needs redrawing).
 */
export function waivedFindings(
  waivers: readonly FindingWaiver[],
  lines: ReadonlyMap<string, ProvisionLine>,
  checks?: WaiverChecks,
  prev: ReadonlyMap<string, FindingWaiver> = none,
): ReadonlyMap<string, FindingWaiver> {
  if (!waivers.length) return prev.size ? none : prev;
  const out = new Map<string, FindingWaiver>();
  for (const w of waivers) {
    const text = lines.get(w.pid)?.text;
    let check = checks?.get(w);
    if (!check || check.text !== text) {
      check = { text, holds: w.holds(text) };
      checks?.set(w, check);
    }
    const key = findingKey(w);
    if (check.holds && !out.has(key)) out.set(key, w);
  }
  if (out.size === prev.size && [...out].every(([key, w]) => prev.get(key) === w)) return prev;
  return out;
}
