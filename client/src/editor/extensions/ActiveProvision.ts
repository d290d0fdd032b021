// Marks the article (or 附則 paragraph) holding the cursor, so the page can show where you are
// and reveal that article's empty-caption placeholder.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const activeProvisionKey = new PluginKey('billActiveProvision');

const blockTypes = new Set(['article']);

function decorate(state: EditorState): DecorationSet {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    const isTopParagraph =
      node.type.name === 'paragraph' && $from.node(depth - 1).type.name === 'supplProvision';
    if (blockTypes.has(node.type.name) || isTopParagraph) {
      const pos = $from.before(depth);
      return DecorationSet.create(state.doc, [
        Decoration.node(pos, pos + node.nodeSize, { class: 'is-current' }),
      ]);
    }
  }
  return DecorationSet.empty;
}

export const ActiveProvision = Extension.create({
  name: 'billActiveProvision',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: activeProvisionKey,
        props: { decorations: decorate },
      }),
    ];
  },
});
