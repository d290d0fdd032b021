// Bill JSON ⇄ Y.Doc on the server, with the one schema from core (getSchema on billExtensions).
import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { billExtensions } from '../../../core/bill/nodes';
import type { BillJSON } from '../../../core/bill/types';
import { CONTENT_FIELD } from '../../../core/collab/roomNames';

export const billSchema = getSchema(billExtensions);

/** Parses and validates bill JSON against the schema; throws with the reason when it does not fit. */
export function validateBillJSON(json: BillJSON): PMNode {
  const node = PMNode.fromJSON(billSchema, json);
  node.check();
  return node;
}

/** A Yjs update holding the given bill JSON in the `content` fragment. */
export function billJSONToUpdate(json: BillJSON): Uint8Array {
  validateBillJSON(json);
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(billSchema, json, doc.getXmlFragment(CONTENT_FIELD));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * The bill JSON of a Yjs state. Works on a private copy: the converter deletes elements it cannot map
 * to the schema, and a read must never change the shared document.
 */
export function stateToBillJSON(state: Uint8Array): BillJSON {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CONTENT_FIELD), billSchema).toJSON() as BillJSON;
  } finally {
    doc.destroy();
  }
}
