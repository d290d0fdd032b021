// Test support for the command tests: a bill EditorState from core's builders, a cursor placed by text,
// and a numbered outline to assert on. Not imported by the app.
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection, type Command } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { billExtensions, billOutline, type BillJSON, type BillLang } from '../../../../core/bill';

export const schema = getSchema(billExtensions);

/** An editor state for `doc` with the cursor at the end of the first textblock containing `text`. */
export function stateWithCursor(doc: BillJSON, text: string, offset?: number): EditorState {
  const node = schema.nodeFromJSON(doc);
  node.check();
  const state = EditorState.create({ schema, doc: node });
  return withCursor(state, text, offset);
}

/** Moves the cursor into the textblock holding `text` (at `offset` into it, or at its end); `''` finds the first empty one. */
export function withCursor(state: EditorState, text: string, offset?: number): EditorState {
  let target: number | null = null;
  state.doc.descendants((n: PMNode, pos: number) => {
    if (target !== null) return false;
    if (n.isTextblock && (text === '' ? n.content.size === 0 : n.textContent.includes(text))) {
      target = pos + 1 + (offset ?? n.content.size);
      return false;
    }
    return true;
  });
  if (target === null) throw new Error(`no textblock with ${JSON.stringify(text)}`);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, target)));
}

/** Runs a command; returns the new state (or null when it declined). The result is schema-checked. */
export function run(state: EditorState, command: Command): EditorState | null {
  let next: EditorState | null = null;
  const ok = command(state, (tr) => {
    next = state.apply(tr);
  });
  if (!ok) return null;
  const result = next ?? state;
  result.doc.check();
  return result;
}

/** Type, label and text of every provision line, for compact assertions. */
export function lines(state: EditorState, lang: BillLang = 'ja'): string[] {
  const json = state.doc.toJSON() as BillJSON;
  return billOutline(json, lang).map((n) => `${n.type}:${n.label}`);
}

/** The text of the textblock holding the cursor. */
export function cursorText(state: EditorState): string {
  return state.selection.$from.parent.textContent;
}

/** The type name of the textblock holding the cursor. */
export function cursorBlock(state: EditorState): string {
  return state.selection.$from.parent.type.name;
}

/** Every pid in document order. */
export function pids(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.descendants((n) => {
    if (typeof n.attrs.pid === 'string') out.push(n.attrs.pid);
    return true;
  });
  return out;
}
