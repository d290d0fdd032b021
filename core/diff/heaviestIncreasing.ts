// Which siblings stayed in place: the heaviest subsequence whose old positions increase (a weighted longest
// increasing subsequence, O(n log n) with a Fenwick tree of prefix maxima). Weighing by subtree size makes
// a swap of a small chapter and a large one report the small one as moved, as a drafter would describe it.

/** For items in new order with their old positions (distinct, 0…n-1) and weights: true where an item is kept. */
export function heaviestIncreasing(oldPositions: readonly number[], weights: readonly number[]): boolean[] {
  const n = oldPositions.length;
  const treeBest = new Float64Array(n + 1);
  const treeAt = new Int32Array(n + 1).fill(-1);
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = oldPositions[i] ?? 0;
    // Best chain ending at an old position below p.
    let chain = 0;
    let from = -1;
    for (let j = p; j > 0; j -= j & -j) {
      if ((treeBest[j] ?? 0) > chain) {
        chain = treeBest[j] ?? 0;
        from = treeAt[j] ?? -1;
      }
    }
    best[i] = chain + (weights[i] ?? 1);
    prev[i] = from;
    for (let j = p + 1; j <= n; j += j & -j) {
      if ((best[i] ?? 0) > (treeBest[j] ?? 0)) {
        treeBest[j] = best[i] ?? 0;
        treeAt[j] = i;
      }
    }
  }
  const kept = new Array<boolean>(n).fill(false);
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || (best[i] ?? 0) > (best[end] ?? 0)) end = i;
  for (let i = end; i >= 0; i = prev[i] ?? -1) kept[i] = true;
  return kept;
}
