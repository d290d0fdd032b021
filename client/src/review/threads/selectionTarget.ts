// What a new comment would cover: a non-empty selection inside one provision's own text.
import type { EditorState } from '@tiptap/pm/state';
import { textChildOf } from '../../../../core/bill';
import { posToOffset, type ProvisionBlock } from './provisionText';

/** The selected words of one provision: document range and offsets into its text (core/review counting). */
export interface SelectionTarget {
  pid: string;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** The selection as a comment target, or null when it is empty, blank or spans more than one provision's text. */
export function selectionTarget(state: EditorState): SelectionTarget | null {
  const { from, to, $from, $to } = state.selection;
  if (from >= to || !$from.sameParent($to) || $from.depth < 1) return null;
  const textblock = $from.parent;
  const provision = $from.node($from.depth - 1);
  const pid = provision.attrs.pid as unknown;
  if (typeof pid !== 'string' || !textblock.isTextblock || textChildOf[provision.type.name] !== textblock.type.name) return null;
  if (!state.doc.textBetween(from, to, '', '').trim()) return null;
  const block: ProvisionBlock = { pid, pos: $from.before(), node: textblock };
  const start = posToOffset(block, from);
  const end = posToOffset(block, to);
  return start < end ? { pid, from, to, start, end } : null;
}
