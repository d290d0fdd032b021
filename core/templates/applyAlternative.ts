// Swapping a clause alternative into bill JSON: the JSON twin of the editor's one-transaction swap.
import type { BillJSON } from '../bill/types';
import type { Alternative } from './types';

/** The bill with the provision carrying `pid` replaced by the alternative's content (same pid, same type). */
export function applyAlternative(doc: BillJSON, pid: string, alternative: Alternative): BillJSON {
  const content = alternative.content;
  if (content.attrs?.pid !== pid)
    throw new Error(`alternative "${alternative.id}" is not for provision ${pid}`);
  let found = false;
  const swap = (node: BillJSON): BillJSON => {
    if (node.attrs?.pid === pid && !found) {
      if (node.type !== content.type) throw new Error(`cannot replace a ${node.type} with a ${content.type}`);
      found = true;
      return structuredClone(content);
    }
    return node.content ? { ...node, content: node.content.map(swap) } : node;
  };
  const out = swap(doc);
  if (!found) throw new Error(`no provision ${pid} in the bill`);
  return out;
}
