import type { OutlineEntry } from '../extensions/computeNumbering';

/** The innermost outline entry whose provision contains `pos` (entries are in document order). */
export function activeEntry(entries: readonly OutlineEntry[], pos: number): OutlineEntry | null {
  let found: OutlineEntry | null = null;
  for (const entry of entries) {
    if (entry.pos > pos) break;
    if (pos < entry.end) found = entry;
  }
  return found;
}
