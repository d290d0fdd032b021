// Has this replica caught up with another one? Used to wait for a client's last edits, which travel over
// its socket, before acting on an HTTP request the same client sent right after them.
import * as Y from 'yjs';

/**
 * True when `doc` holds everything `seen` (another replica's `Y.snapshot`) holds: every insertion (its
 * state vector) and every deletion (its delete set — deletions do not move a state vector).
 */
export function docCovers(doc: Y.Doc, seen: Y.Snapshot): boolean {
  for (const [client, clock] of seen.sv) if (Y.getState(doc.store, client) < clock) return false;
  if (seen.ds.clients.size === 0) return true;
  const have = Y.mergeDeleteSets([Y.createDeleteSetFromStructStore(doc.store)]);
  return Y.equalDeleteSets(have, Y.mergeDeleteSets([have, seen.ds]));
}
