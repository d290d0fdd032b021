// Long runs of unchanged lines fold away (as a 新旧対照表 leaves out what did not change), keeping one
// line of context on each side of a change.
import { isQuiet, type DiffLine } from './diffLines';

/** Shown lines, or a folded run of unchanged ones (`key`: its first line's key). */
export type LineSegment =
  { type: 'lines'; lines: DiffLine[] } | { type: 'gap'; key: string; lines: DiffLine[] };

const CONTEXT = 1;
const MIN_GAP = 2;

/** Splits lines into shown runs and folded gaps; gaps whose key is in `expanded` stay shown. */
export function lineSegments(
  lines: readonly DiffLine[],
  expanded: ReadonlySet<string> | 'all',
): LineSegment[] {
  if (expanded === 'all') return lines.length ? [{ type: 'lines', lines: [...lines] }] : [];
  const near = lines.map(() => false);
  lines.forEach((line, i) => {
    // The bill's title heads every layout.
    if (line.kind === 'billTitle') near[i] = true;
    if (isQuiet(line)) return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(lines.length - 1, i + CONTEXT); j++) near[j] = true;
  });
  const segments: LineSegment[] = [];
  let shown: DiffLine[] = [];
  let folded: DiffLine[] = [];
  const flushFolded = () => {
    const first = folded[0];
    if (first && folded.length >= MIN_GAP && !expanded.has(first.key)) {
      if (shown.length) segments.push({ type: 'lines', lines: shown });
      shown = [];
      segments.push({ type: 'gap', key: first.key, lines: folded });
    } else shown.push(...folded);
    folded = [];
  };
  lines.forEach((line, i) => {
    if (near[i]) {
      flushFolded();
      shown.push(line);
    } else folded.push(line);
  });
  flushFolded();
  if (shown.length) segments.push({ type: 'lines', lines: shown });
  return segments;
}
