// Enter. In a sentence it starts a new provision of the same kind (paragraph, item, subitem), carrying
// the text after the cursor; in a title or caption it moves on to the next line of text.
import type { Fragment, ResolvedPos, Schema, Node as PMNode } from '@tiptap/pm/model';
import { Selection, TextSelection, type Command, type Transaction } from '@tiptap/pm/state';
import { newItem, newParagraph, newSubitem } from './newNodes';

const makers: Partial<Record<string, (schema: Schema, content?: Fragment) => PMNode>> = {
  paragraphSentence: newParagraph,
  itemSentence: newItem,
  subitemSentence: newSubitem,
};

const headings = new Set(['billTitle', 'articleCaption', 'chapterTitle', 'sectionTitle']);

function split(
  tr: Transaction,
  $pos: ResolvedPos,
  make: (schema: Schema, content?: Fragment) => PMNode,
): void {
  const depth = $pos.depth - 1;
  const provision = $pos.node(depth);
  const provisionPos = $pos.before(depth);
  const sentence = $pos.parent;
  const schema = tr.doc.type.schema;
  if ($pos.parentOffset === 0 && sentence.content.size > 0) {
    // At the very start: open an empty provision before this one, which keeps its pid and children.
    const node = make(schema);
    tr.insert(provisionPos, node);
    tr.setSelection(TextSelection.create(tr.doc, $pos.pos + node.nodeSize));
    return;
  }
  const tail = sentence.content.cut($pos.parentOffset);
  const end = provisionPos + provision.nodeSize;
  if (tail.size) tr.delete($pos.pos, $pos.end());
  const at = tr.mapping.map(end);
  tr.insert(at, make(schema, tail));
  tr.setSelection(TextSelection.create(tr.doc, at + 2));
}

/** Enter inside the bill: split the provision, or move out of a heading. */
export const splitProvision: Command = (state, dispatch) => {
  const { selection } = state;
  const type = selection.$from.parent.type.name;
  const make = makers[type];
  // Decide before touching the transaction: Tiptap dispatches it even when a command declines.
  if (!selection.$from.sameParent(selection.$to) || (!make && !headings.has(type))) return false;
  const tr = state.tr;
  if (!selection.empty) tr.deleteSelection();
  const $pos = tr.selection.$from;
  if (make) {
    split(tr, $pos, make);
  } else {
    const next = Selection.findFrom(tr.doc.resolve($pos.after()), 1, true);
    if (next) tr.setSelection(TextSelection.create(tr.doc, next.from));
  }
  dispatch?.(tr.scrollIntoView());
  return true;
};
