// Finding quoted words again: the occurrence of a quote closest to where the anchor collapsed.

/** Start offset of the occurrence of `quote` in `text` nearest to `near` (earlier wins ties), or -1. */
export function nearestOccurrence(text: string, quote: string, near: number): number {
  if (!quote) return -1;
  const distance = (at: number) =>
    near < at ? at - near : near > at + quote.length ? near - at - quote.length : 0;
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || distance(at) < distance(best)) best = at;
  }
  return best;
}
