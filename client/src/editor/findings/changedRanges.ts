// The ranges of the new document that a transaction touched, so only those provisions' decorations are
// rebuilt. (A remote Yjs change replaces the whole document: one range covering everything.)
import type { Transaction } from '@tiptap/pm/state';

/** Touched [from, to] ranges in the coordinates of `tr.doc`. */
export function changedRanges(tr: Transaction): [number, number][] {
  const maps = tr.mapping.maps;
  const ranges: [number, number][] = [];
  maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let from = newStart;
      let to = newEnd;
      for (let j = i + 1; j < maps.length; j++) {
        const later = maps[j];
        if (!later) continue;
        from = later.map(from, -1);
        to = later.map(to, 1);
      }
      ranges.push([from, to]);
    });
  });
  return ranges;
}

/** True when [from, to] meets one of `ranges`. */
export function touches(ranges: readonly [number, number][], from: number, to: number): boolean {
  for (const [a, b] of ranges) if (a <= to && b >= from) return true;
  return false;
}
