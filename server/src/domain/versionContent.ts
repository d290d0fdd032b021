// Version states ⇄ bill content. Versions keep the full Yjs state in update format v2 (smaller for
// text-heavy documents); restoring writes a version's content into the live document as one change.
import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { BillJSON } from '../../../core/bill/types';
import { CONTENT_FIELD } from '../../../core/collab/roomNames';
import type { TxOrigin } from '../collab/types';
import { stateToBillJSON, validateBillJSON } from './billContent';

/** A live document state (update v1, as the collab layer reads it) in the format versions are stored in. */
export function toVersionState(stateV1: Uint8Array): Uint8Array {
  return Y.convertUpdateFormatV1ToV2(stateV1);
}

/** The bill JSON of a stored version state. */
export function versionJSON(stateV2: Uint8Array): BillJSON {
  return stateToBillJSON(Y.convertUpdateFormatV2ToV1(stateV2));
}

/**
 * Makes the document's content equal to `json` in ONE transaction (one update, one undo step for
 * everyone). Unchanged elements are kept, so comment anchors and carets in untouched text survive.
 */
export function replaceContent(doc: Y.Doc, json: BillJSON, origin: TxOrigin): void {
  const node = validateBillJSON(json);
  doc.transact(() => {
    updateYFragment(doc, doc.getXmlFragment(CONTENT_FIELD), node, { mapping: new Map(), isOMark: new Map() });
  }, origin);
}
