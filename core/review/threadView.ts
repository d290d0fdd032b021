// A stored thread as readers see it against the current bill: where its words are now (or that it is
// orphaned) and, for a waiver, whether it is still in force. Computed on read, never stored.
import type * as Y from 'yjs';
import { resolveAnchor } from './resolveAnchor';
import type { ResolvedAnchor, ThreadRecord } from './types';
import { waiverHolds } from './waiversInForce';

/** A thread with its computed state. */
export interface ThreadView extends ThreadRecord {
  /** True when the provision or the quoted words are gone; the thread stays listed with its quote. */
  orphaned: boolean;
  orphanReason: 'provision-missing' | 'text-deleted' | null;
  /** The words the thread covers now (offsets as in sentenceRuns), or null when orphaned or unanchored. */
  range: { start: number; end: number; text: string; via: 'position' | 'quote' } | null;
  /** Waiver threads: whether the waiver still holds for the provision's current text; null for comments. */
  waiverInForce: boolean | null;
}

/**
 * The view of one thread. `sentences` is sentencesByPid of the bill; `provisionText` gives a provision's
 * text as the rules engine sees it (core/rules billProvisions), needed for waivers only.
 */
export function threadView(
  thread: ThreadRecord,
  fragment: Y.XmlFragment,
  sentences: Map<string, Y.XmlElement>,
  provisionText: (pid: string) => string | undefined,
): ThreadView {
  const resolved: ResolvedAnchor = thread.anchor
    ? resolveAnchor(fragment, thread.anchor, sentences)
    : sentences.has(thread.pid) || provisionText(thread.pid) !== undefined
      ? { orphaned: false, start: 0, end: 0, text: '', via: 'position' }
      : { orphaned: true, reason: 'provision-missing' };
  return {
    ...thread,
    orphaned: resolved.orphaned,
    orphanReason: resolved.orphaned ? resolved.reason : null,
    range:
      resolved.orphaned || !thread.anchor
        ? null
        : { start: resolved.start, end: resolved.end, text: resolved.text, via: resolved.via },
    waiverInForce: thread.kind === 'waiver' ? waiverHolds(thread, provisionText(thread.pid)) : null,
  };
}
