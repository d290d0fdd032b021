import type { DiffRow, DiffSummary } from './types';

/** Row counts by status; `modified` counts every row whose text changed, moved or not. */
export function summarize(rows: readonly DiffRow[]): DiffSummary {
  const s: DiffSummary = { added: 0, deleted: 0, moved: 0, modified: 0, renumbered: 0, unchanged: 0 };
  for (const r of rows) {
    if (r.status === 'added') s.added += 1;
    else if (r.status === 'deleted') s.deleted += 1;
    else if (r.status === 'moved') s.moved += 1;
    else if (r.status === 'unchanged') s.unchanged += 1;
    if (r.textChanged) s.modified += 1;
    if (r.renumbered) s.renumbered += 1;
  }
  return s;
}
