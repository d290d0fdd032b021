import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';

/** True when `node` may be inserted at `pos` without breaking the schema. */
export function canInsertAt(tr: Transaction, pos: number, node: PMNode): boolean {
  if (pos < 0 || pos > tr.doc.content.size) return false;
  const $pos = tr.doc.resolve(pos);
  const index = $pos.index();
  return $pos.parent.canReplaceWith(index, index, node.type);
}

/** Inserts `node` at `pos` and puts the cursor `cursorOffset` into it; false if the schema forbids it. */
export function insertProvision(tr: Transaction, pos: number, node: PMNode, cursorOffset: number): boolean {
  if (!canInsertAt(tr, pos, node)) return false;
  tr.insert(pos, node);
  tr.setSelection(TextSelection.create(tr.doc, pos + cursorOffset));
  tr.scrollIntoView();
  return true;
}

/** Offset of the first paragraph's sentence inside a new article (past its caption). */
export function articleSentenceOffset(article: PMNode): number {
  return 1 + (article.firstChild?.nodeSize ?? 0) + 2;
}

/** Offset of the first sentence or title inside a new paragraph, item, subitem or chapter. */
export const FIRST_TEXT_OFFSET = 2;
