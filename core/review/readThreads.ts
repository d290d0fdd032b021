// Reading a review document (the client's live view and the server's listing use the same reader).
import type * as Y from 'yjs';
import { REVIEW_THREADS_FIELD, type ThreadRecord } from './types';

/** The shared map of threads in a review Y.Doc (the server is its only writer). */
export function threadsMap(doc: Y.Doc): Y.Map<ThreadRecord> {
  return doc.getMap<ThreadRecord>(REVIEW_THREADS_FIELD);
}

/** Every thread in a review document, oldest first. */
export function readThreads(doc: Y.Doc): ThreadRecord[] {
  return [...threadsMap(doc).values()].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}
