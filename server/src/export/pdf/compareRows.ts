// Which rows of a diff a comparison prints. In full, every provision; with changedOnly, what prints
// differently — changed text, added, deleted and moved provisions, and provisions whose number changed,
// those shown as their number and （略） — and one （略） row for each run of unchanged provisions.
import type { DiffRow, DiffSide } from '../../../../core/diff/types';

/** An omitted run of provisions. */
export const omittedRow = null;

const lineChanged = (r: DiffRow) => (r.old?.line ?? null) !== (r.new?.line ?? null);
// A renumbered article keeps its caption on paper (（目的）above 第八条 （略）), as 新旧対照表 print it.
const shows = (r: DiffRow) => r.status !== 'unchanged' || lineChanged(r) || (r.kind === 'article' && r.renumbered);
const longKinds = new Set(['paragraph', 'item', 'subitem']);

/** The row with its (unchanged) text replaced by `omitted`, keeping the printed numbers. */
function abbreviate(r: DiffRow, omitted: string): DiffRow {
  const side = (s: DiffSide | null): DiffSide | null => {
    if (!s || s.line === null || !s.text) return s;
    const prefix = s.line.slice(0, s.line.lastIndexOf(s.text));
    return { ...s, text: omitted, line: prefix + omitted, spans: [{ op: 'equal', text: omitted }] };
  };
  return { ...r, old: side(r.old), new: side(r.new), redline: [{ op: 'equal', text: omitted }] };
}

/** Rows to print; null stands for a run of omitted provisions. */
export function compareRows(rows: DiffRow[], changedOnly: boolean, omitted: string): (DiffRow | null)[] {
  if (!changedOnly) return rows;
  return rows.flatMap((r, i) => {
    if (!shows(r)) return i > 0 && !shows(rows[i - 1] as DiffRow) ? [] : [omittedRow];
    const numberOnly = r.status !== 'added' && r.status !== 'deleted' && r.old?.text === r.new?.text && longKinds.has(r.kind);
    return [numberOnly ? abbreviate(r, omitted) : r];
  });
}
