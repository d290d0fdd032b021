// "Insert suggested clause": the suggestion becomes a new paragraph of the same article, right after the
// paragraph the finding is in (suggestions say 前項 / "the preceding paragraph"), in one transaction.
import { Fragment } from '@tiptap/pm/model';
import { TextSelection, type Command, type EditorState } from '@tiptap/pm/state';
import { findAncestor } from '../commands/findAncestor';
import { canInsertAt } from '../commands/insertProvision';
import { newParagraph } from '../commands/newNodes';

/** Where a new paragraph goes for the provision line holding position `at`, or null (titles of chapters and sections). */
export function clauseInsertPos(state: EditorState, at: number): number | null {
  if (at < 0 || at > state.doc.content.size) return null;
  const $pos = state.doc.resolve(at);
  const paragraph = findAncestor($pos, ['paragraph']);
  if (paragraph) return paragraph.pos + paragraph.node.nodeSize;
  if ($pos.parent.type.name === 'articleCaption') {
    const article = findAncestor($pos, ['article']);
    if (article) return article.pos + article.node.nodeSize - 1;
  }
  return null;
}

/** Inserts `text` as a new paragraph after the line holding `at`; the cursor ends after the text. */
export function insertClause(at: number, text: string): Command {
  return (state, dispatch) => {
    const clause = text.trim();
    const pos = clauseInsertPos(state, at);
    if (!clause || pos === null) return false;
    const node = newParagraph(state.schema, Fragment.from(state.schema.text(clause)));
    const tr = state.tr;
    if (!canInsertAt(tr, pos, node)) return false;
    if (dispatch) {
      tr.insert(pos, node);
      // paragraph open + sentence open = 2, then the text.
      tr.setSelection(TextSelection.create(tr.doc, pos + 2 + clause.length));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
