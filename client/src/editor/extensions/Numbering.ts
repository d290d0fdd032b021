// Derived numbers (DESIGN.md §3): recomputed from the document on every change and shown with node
// decorations (`data-label`, drawn by CSS ::before). Numbers are never written into the document.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { BillLang } from '../../../../core/bill';
import { computeNumbering, type Numbering as NumberingResult } from './computeNumbering';

export interface NumberingOptions {
  /** The bill's language decides the numbering style (第一条 / Article 1). */
  lang: BillLang;
}

export interface NumberingState extends NumberingResult {
  decorations: DecorationSet;
}

export const numberingKey = new PluginKey<NumberingState>('billNumbering');

/** The numbering of the editor's current document. */
export function getNumbering(state: EditorState): NumberingState | undefined {
  return numberingKey.getState(state);
}

function build(doc: PMNode, lang: BillLang): NumberingState {
  const result = computeNumbering(doc, lang);
  const decorations: Decoration[] = [];
  for (const l of result.labels) {
    const attrs: Record<string, string> = { 'data-label': l.label };
    if (l.articleStart) attrs.class = 'bw-article-start';
    decorations.push(Decoration.node(l.from, l.to, attrs));
  }
  for (const x of result.xrefs) {
    const attrs: Record<string, string> = { 'data-cite': x.cite, title: x.cite };
    if (x.broken) attrs.class = 'is-broken';
    decorations.push(Decoration.node(x.from, x.to, attrs));
  }
  return { ...result, decorations: DecorationSet.create(doc, decorations) };
}

export const Numbering = Extension.create<NumberingOptions>({
  name: 'billNumbering',

  addOptions() {
    return { lang: 'ja' };
  },

  addProseMirrorPlugins() {
    const { lang } = this.options;
    return [
      new Plugin<NumberingState>({
        key: numberingKey,
        state: {
          init: (_config, state) => build(state.doc, lang),
          apply: (tr, previous) => (tr.docChanged ? build(tr.doc, lang) : previous),
        },
        props: {
          decorations: (state) => numberingKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
