// Backspace at the start and Delete at the end of a line of bill text. Two sentences merge only when
// the one that disappears is a bare provision (no items of its own) that its parent can do without;
// otherwise the cursor just steps to the neighbouring line. The bill's structure is never mangled by
// ProseMirror's generic joining.
import type { ResolvedPos } from '@tiptap/pm/model';
import { Selection, TextSelection, type Command, type EditorState } from '@tiptap/pm/state';

const sentenceTypes = new Set(['paragraphSentence', 'itemSentence', 'subitemSentence']);

/** The bare provision owning the sentence at `$in`, if it may be removed from its parent. */
function removableProvision($in: ResolvedPos): { pos: number; size: number } | null {
  if (!sentenceTypes.has($in.parent.type.name)) return null;
  const depth = $in.depth - 1;
  const provision = $in.node(depth);
  if (provision.childCount !== 1 || depth < 1) return null;
  const index = $in.index(depth - 1);
  if (!$in.node(depth - 1).canReplace(index, index + 1)) return null;
  return { pos: $in.before(depth), size: provision.nodeSize };
}

function caretAtEdge(state: EditorState, edge: 'start' | 'end'): ResolvedPos | null {
  const { selection } = state;
  if (!selection.empty || !(selection instanceof TextSelection)) return null;
  const $pos = selection.$from;
  if (!$pos.parent.isTextblock) return null;
  const atEdge = edge === 'start' ? $pos.parentOffset === 0 : $pos.parentOffset === $pos.parent.content.size;
  return atEdge ? $pos : null;
}

/** Backspace at the start of a line. */
export const joinSentenceBackward: Command = (state, dispatch) => {
  const $pos = caretAtEdge(state, 'start');
  if (!$pos) return false;
  const previous = Selection.findFrom(state.doc.resolve($pos.before()), -1, true);
  if (!previous) return true;
  const tr = state.tr;
  const removable = sentenceTypes.has(previous.$from.parent.type.name) ? removableProvision($pos) : null;
  if (removable) {
    const content = $pos.parent.content;
    tr.delete(removable.pos, removable.pos + removable.size);
    tr.insert(previous.from, content);
    tr.setSelection(TextSelection.create(tr.doc, previous.from));
  } else {
    tr.setSelection(previous);
  }
  dispatch?.(tr.scrollIntoView());
  return true;
};

/** Delete at the end of a line. */
export const joinSentenceForward: Command = (state, dispatch) => {
  const $pos = caretAtEdge(state, 'end');
  if (!$pos) return false;
  const next = Selection.findFrom(state.doc.resolve($pos.after()), 1, true);
  if (!next || !sentenceTypes.has($pos.parent.type.name)) return true;
  const removable = removableProvision(next.$from);
  if (!removable) return true;
  const tr = state.tr;
  const content = next.$from.parent.content;
  tr.delete(removable.pos, removable.pos + removable.size);
  tr.insert($pos.pos, content);
  tr.setSelection(TextSelection.create(tr.doc, $pos.pos));
  dispatch?.(tr.scrollIntoView());
  return true;
};
