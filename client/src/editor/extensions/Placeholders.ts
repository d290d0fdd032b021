// Faint placeholders in empty titles and captions, in the bill's language (not the UI's).
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { BillLang } from '../../../../core/bill';
import { strings, type StringKey } from '../../i18n/strings';

export interface PlaceholdersOptions {
  lang: BillLang;
}

const placeholderKeys: Partial<Record<string, StringKey>> = {
  billTitle: 'placeholder.billTitle',
  articleCaption: 'placeholder.caption',
  chapterTitle: 'placeholder.chapterTitle',
  sectionTitle: 'placeholder.sectionTitle',
};

/** Empty-title decorations for a document. */
export function placeholderDecorations(doc: PMNode, lang: BillLang): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const key = placeholderKeys[node.type.name];
    if (key && node.content.size === 0) {
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, {
          class: 'is-empty',
          'data-placeholder': strings[lang][key],
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

export const placeholdersKey = new PluginKey<DecorationSet>('billPlaceholders');

export const Placeholders = Extension.create<PlaceholdersOptions>({
  name: 'billPlaceholders',

  addOptions() {
    return { lang: 'ja' };
  },

  addProseMirrorPlugins() {
    const { lang } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: placeholdersKey,
        state: {
          init: (_config, state) => placeholderDecorations(state.doc, lang),
          apply: (tr, previous) => (tr.docChanged ? placeholderDecorations(tr.doc, lang) : previous),
        },
        props: { decorations: (state) => placeholdersKey.getState(state) },
      }),
    ];
  },
});
