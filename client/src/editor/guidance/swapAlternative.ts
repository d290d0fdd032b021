// Swapping a clause alternative into the live document: the editor twin of core's applyAlternative.
import type { Command } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import type { Alternative } from '../../../../core/templates/types';
import { findProvision } from './findProvision';

/**
 * Replaces the provision `pid` with the alternative's content in ONE transaction (one undo step, one
 * update for collaborators). The content's root carries the same pid, and descendants the variants share
 * keep theirs, so cross-references to the provision and to those parts survive. Declines when the
 * provision is gone, the alternative is for another provision, or the types differ.
 */
export function swapAlternative(pid: string, alternative: Alternative): Command {
  return (state, dispatch) => {
    const content = alternative.content;
    if (content.attrs?.pid !== pid) return false;
    const found = findProvision(state.doc, pid);
    if (!found || found.node.type.name !== content.type) return false;
    let replacement;
    try {
      replacement = state.schema.nodeFromJSON(content);
      replacement.check();
    } catch {
      return false;
    }
    if (dispatch) {
      const tr = state.tr.replaceWith(found.pos, found.pos + found.node.nodeSize, replacement);
      tr.setSelection(TextSelection.near(tr.doc.resolve(found.pos + 1)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
