// Resolves a thread's anchor against the current bill: the words it covers now, or orphaned.
//
// The ends are Yjs relative positions, so edits around and inside the range keep it on the same words.
// When the words are deleted the range collapses and the thread is orphaned (never dropped). Undo does
// not revive deleted items: Y.UndoManager re-inserts the text as NEW items, and only the undoing client's
// doc records the link (item.redone, which createAbsolutePositionFromRelativePosition follows); the
// server and every other client see a collapsed range. A provision moved by cut and paste likewise keeps
// its pid but gets new items. So a collapsed or foreign range falls back to finding the quote again in
// the same provision, nearest to where the range collapsed (core/review/resolveAnchor.test.ts shows both).
import * as Y from 'yjs';
import { nearestOccurrence } from './nearestOccurrence';
import { decodeRelativePosition } from './relativePositionCodec';
import { sentenceRuns, type TextRun } from './sentenceRuns';
import { sentencesByPid } from './sentencesByPid';
import type { ResolvedAnchor, ThreadAnchor } from './types';

/** Offset in the joined text of a relative position, or null when it is not inside one of these runs. */
function offsetOf(doc: Y.Doc, runs: TextRun[], encoded: string): number | null {
  const rel = decodeRelativePosition(encoded);
  const abs = rel ? Y.createAbsolutePositionFromRelativePosition(rel, doc) : null;
  const run = abs ? runs.find((r) => r.text === abs.type) : undefined;
  return abs && run ? run.offset + abs.index : null;
}

/** The anchor's current range in its provision's text, re-attached by quote when needed, or orphaned. */
export function resolveAnchor(
  fragment: Y.XmlFragment,
  anchor: ThreadAnchor,
  sentences: Map<string, Y.XmlElement> = sentencesByPid(fragment),
): ResolvedAnchor {
  const sentence = sentences.get(anchor.pid);
  const doc = fragment.doc;
  if (!sentence || !doc) return { orphaned: true, reason: 'provision-missing' };
  const { runs, text } = sentenceRuns(sentence);
  const start = offsetOf(doc, runs, anchor.start);
  const end = offsetOf(doc, runs, anchor.end);
  if (start !== null && end !== null && start < end) {
    return { orphaned: false, start, end, text: text.slice(start, end), via: 'position' };
  }
  const at = nearestOccurrence(text, anchor.quote, start ?? end ?? 0);
  if (at < 0) return { orphaned: true, reason: 'text-deleted' };
  return { orphaned: false, start: at, end: at + anchor.quote.length, text: anchor.quote, via: 'quote' };
}
