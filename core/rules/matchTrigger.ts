// Trigger matching over one provision's pattern hits. The `any` hit is the anchor (its range is what a
// finding reports); each `with` group is a condition: some pattern of it must occur in the same provision.
// Pattern sets are iterated from the (few) hits of the provision, not from the (many) patterns of a rule.
import type { CompiledTrigger } from './compileRules';
import type { PatternHits, Span } from './Lexicon';

/** Every occurrence of the given (exclusion) patterns. */
export function spansOf(indices: ReadonlySet<number>, hits: PatternHits): Span[] {
  const spans: Span[] = [];
  if (indices.size === 0) return spans;
  for (const [i, list] of hits) if (indices.has(i)) for (const s of list) spans.push(s);
  return spans;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The earliest occurrence of any pattern in `indices` that no excluded span overlaps, or null. */
export function firstHit(
  indices: ReadonlySet<number>,
  hits: PatternHits,
  excluded: readonly Span[],
): Span | null {
  let best: Span | null = null;
  for (const [i, list] of hits) {
    if (!indices.has(i)) continue;
    for (const s of list) {
      if (best && (s.start > best.start || (s.start === best.start && s.end <= best.end))) continue;
      if (excluded.length && excluded.some((x) => overlaps(s, x))) continue;
      best = s;
    }
  }
  return best;
}

/** The anchor range when the trigger matches (every `with` group present too), else null. */
export function matchTrigger(
  trigger: CompiledTrigger,
  hits: PatternHits,
  excluded: readonly Span[],
): Span | null {
  const anchor = firstHit(trigger.any, hits, excluded);
  if (!anchor) return null;
  for (const group of trigger.with) if (!firstHit(group, hits, excluded)) return null;
  return anchor;
}
