// The stored threads as readers see them against the bill's current text (core/review threadView), and
// the provision texts the rules engine reads (waivers hold while a provision's text hashes the same).
import type { EditorState } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import type { BillJSON, BillLang } from '../../../../core/bill';
import { sentencesByPid, threadView, type ThreadRecord, type ThreadView } from '../../../../core/review';
import { billProvisions } from '../../../../core/rules';
import { getFindings } from '../../editor/findings/findingsState';

/** Every thread resolved against `fragment`: its current words, or orphaned; waivers in force or lapsed. */
export function computeThreadViews(
  records: readonly ThreadRecord[],
  fragment: Y.XmlFragment,
  provisionText: (pid: string) => string | undefined,
): ThreadView[] {
  if (!records.length) return [];
  const sentences = sentencesByPid(fragment);
  return records.map((record) => threadView(record, fragment, sentences, provisionText));
}

const sameView = (a: ThreadView, b: ThreadView) =>
  a.orphaned === b.orphaned &&
  a.orphanReason === b.orphanReason &&
  a.waiverInForce === b.waiverInForce &&
  a.range?.start === b.range?.start &&
  a.range?.end === b.range?.end &&
  a.range?.text === b.range?.text &&
  a.range?.via === b.range?.via;

/**
 * `next`, keeping the previous objects (and array) where nothing changed, so panels re-render only when
 * a thread did — not on every keystroke elsewhere. Records are replaced whole on change, so identity
 * tells whether a thread's stored part changed.
 */
export function reuseViews(prev: readonly ThreadView[], next: ThreadView[]): readonly ThreadView[] {
  const byId = new Map(prev.map((v) => [v.id, v]));
  let changed = prev.length !== next.length;
  const out = next.map((v, i) => {
    const old = byId.get(v.id);
    const keep = old && old.comments === v.comments && old.status === v.status && old.statusAt === v.statusAt && sameView(old, v);
    if (!keep || prev[i] !== old) changed = true;
    return keep ? old : v;
  });
  return changed ? out : prev;
}

/**
 * A provision's text as the rules engine reads it (cross-references printed): the findings plugin's
 * lines when it runs in this editor, else core's billProvisions over the document (computed once, lazily).
 */
export function provisionTextsOf(state: EditorState, lang: BillLang): (pid: string) => string | undefined {
  const lines = getFindings(state)?.lines;
  if (lines) return (pid) => lines.get(pid)?.text;
  let texts: Map<string, string> | null = null;
  return (pid) => {
    texts ??= new Map(billProvisions(state.doc.toJSON() as BillJSON, lang).map((p) => [p.pid, p.text]));
    return texts.get(pid);
  };
}
