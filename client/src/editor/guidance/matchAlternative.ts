// Which clause alternative a provision currently reads as. Pids are left out of the comparison: a
// provision retyped to the same words, or re-keyed by a collaborator's client, still matches its wording.
import type { BillJSON } from '../../../../core/bill';
import type { Alternative } from '../../../../core/templates/types';

/** A canonical string of a provision's structure and text (attribute order and pids ignored). */
export function wordingKey(node: BillJSON): string {
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([key, value]) => key !== 'pid' && value !== null && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  const parts: unknown[] = [node.type, attrs];
  if (node.text !== undefined) parts.push(node.text);
  if (node.content?.length) parts.push(node.content.map(wordingKey));
  return JSON.stringify(parts);
}

/** The id of the alternative whose wording the provision has now, or null when it was edited into something else. */
export function matchAlternative(current: BillJSON, alternatives: readonly Alternative[]): string | null {
  const key = wordingKey(current);
  return alternatives.find((alt) => wordingKey(alt.content) === key)?.id ?? null;
}
