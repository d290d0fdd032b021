import type { Command } from '@tiptap/pm/state';

/** Inserts a cross-reference to the provision `target` (a pid) at the cursor. */
export function insertXref(target: string): Command {
  return (state, dispatch) => {
    const type = state.schema.nodes.xref;
    const { $from, $to } = state.selection;
    if (!type || !$from.parent.inlineContent || !$from.sameParent($to)) return false;
    if (!$from.parent.canReplaceWith($from.index(), $to.index(), type)) return false;
    if (dispatch) dispatch(state.tr.replaceSelectionWith(type.create({ target }), false).scrollIntoView());
    return true;
  };
}
