// What the toolbar, the floating button, the shortcut and the panel do with the review layer.
import { TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { AnchorError, createAnchor } from '../../../../core/review';
import { provisionBlocks } from './provisionText';
import { selectionTarget } from './selectionTarget';
import { viewRange } from './threadDecorations';
import { getThreads, threadsMeta } from './threadsPlugin';

/** True when the user may comment and the selection is words of one provision. */
export function canStartComment(state: EditorState): boolean {
  return !!getThreads(state)?.options.canComment && !!selectionTarget(state);
}

/** Opens the composer on the selected words, anchored to them now (the anchor follows later edits). */
export function startComment(view: EditorView): boolean {
  const s = getThreads(view.state);
  const target = s?.options.canComment ? selectionTarget(view.state) : null;
  if (!s || !target) return false;
  let anchor;
  try {
    anchor = createAnchor(s.options.session.fragment, target.pid, target.start, target.end);
  } catch (error) {
    if (error instanceof AnchorError) return false;
    throw error;
  }
  view.dispatch(threadsMeta(view.state.tr, { type: 'draft', draft: { pid: target.pid, from: target.from, to: target.to, anchor } }));
  return true;
}

/** Closes the composer. */
export function closeDraft(view: EditorView): void {
  if (getThreads(view.state)?.draft) view.dispatch(threadsMeta(view.state.tr, { type: 'draft', draft: null }));
}

/** Closes the composer after its thread was posted: the selection collapses after the words. */
export function finishDraft(view: EditorView): void {
  const draft = getThreads(view.state)?.draft;
  if (!draft) return;
  const tr = threadsMeta(view.state.tr, { type: 'draft', draft: null });
  const at = Math.min(draft.to, tr.doc.content.size);
  view.dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(at))));
}

/** Marks a thread active (its highlight is stronger), or none. */
export function activateThread(view: EditorView, id: string | null): void {
  if (getThreads(view.state)?.activeId !== id) view.dispatch(threadsMeta(view.state.tr, { type: 'activate', id }));
}

/**
 * Selects a thread's words, marks it active and scrolls them into the middle of the page; an orphaned
 * thread goes to its provision when that still exists. False when there is nothing to go to.
 */
export function selectThread(view: EditorView, id: string): boolean {
  const s = getThreads(view.state);
  const thread = s?.views.find((v) => v.id === id);
  if (!s || !thread) return false;
  const { doc } = view.state;
  const blocks = provisionBlocks(doc);
  const range = viewRange(blocks, thread);
  const block = blocks.get(thread.pid);
  const tr = threadsMeta(view.state.tr, { type: 'activate', id });
  if (range) tr.setSelection(TextSelection.create(doc, range.from, range.to));
  else if (block) tr.setSelection(TextSelection.near(doc.resolve(block.pos + 1)));
  view.dispatch(tr);
  const target = range ?? (block ? { from: block.pos + 1 } : null);
  if (!target) return false;
  const at = view.domAtPos(target.from);
  const el = at.node instanceof Element ? at.node : at.node.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
