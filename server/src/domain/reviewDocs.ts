// The review document of a bill (room `<billId>:review`): read it, and change it through its live room so
// every open client gets the change as soon as it is durable (persistence hook, then relay). The server
// is the document's only writer; clients sync it read-only (collab/hooks/reviewReadOnly).
import * as Y from 'yjs';
import { CONTENT_FIELD, reviewRoomName } from '../../../core/collab/roomNames';
import { readThreads, threadsMap } from '../../../core/review/readThreads';
import type { ThreadRecord } from '../../../core/review/types';
import type { TxOrigin } from '../collab/types';

/** What the review layer needs from the collaboration layer (CollabServer). */
export interface ReviewLiveDocs {
  readState(name: string): Promise<Uint8Array>;
  withRoom<T>(name: string, fn: (room: { doc: Y.Doc }) => T): Promise<T>;
}

/** A private, throwaway copy of a document's state. */
function copyOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

export class ReviewDocs {
  constructor(private readonly live: ReviewLiveDocs) {}

  /** Every thread of the bill, oldest first. */
  async threads(billId: string): Promise<ThreadRecord[]> {
    const doc = copyOf(await this.live.readState(reviewRoomName(billId)));
    try {
      return readThreads(doc).map((t) => structuredClone(t));
    } finally {
      doc.destroy();
    }
  }

  /**
   * Runs `fn` on the live thread map in one server transaction. `fn` must validate before it writes:
   * whatever it changed before throwing would stay.
   */
  change<T>(billId: string, reason: string, fn: (threads: Y.Map<ThreadRecord>) => T): Promise<T> {
    const origin: TxOrigin = { kind: 'server', reason };
    return this.live.withRoom(reviewRoomName(billId), (room) => {
      let out: T | undefined;
      room.doc.transact(() => {
        out = fn(threadsMap(room.doc));
      }, origin);
      return out as T;
    });
  }

  /** Runs `fn` on a private copy of the bill's current text (live when someone is editing). */
  async withBillText<T>(billId: string, fn: (fragment: Y.XmlFragment, state: Uint8Array) => T): Promise<T> {
    const state = await this.live.readState(billId);
    const doc = copyOf(state);
    try {
      return fn(doc.getXmlFragment(CONTENT_FIELD), state);
    } finally {
      doc.destroy();
    }
  }
}
