// Structure commands for the bill (DESIGN.md §9: options, commands typed by module augmentation).
// The command bodies are plain ProseMirror commands in ../commands, unit-tested without a view.
import { Extension } from '@tiptap/core';
import type { Command as PMCommand } from '@tiptap/pm/state';
import { deleteProvision } from '../commands/deleteProvision';
import { insertArticle } from '../commands/insertArticle';
import { insertChapter } from '../commands/insertChapter';
import { insertItem } from '../commands/insertItem';
import { insertParagraph } from '../commands/insertParagraph';
import { insertSubitem } from '../commands/insertSubitem';
import { insertXref } from '../commands/insertXref';
import { joinSentenceBackward, joinSentenceForward } from '../commands/joinSentence';
import { moveProvision } from '../commands/moveProvision';
import { splitProvision } from '../commands/splitProvision';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    billCommands: {
      /** New article after the one at the cursor; the cursor moves into its paragraph. */
      insertArticleAfter: () => ReturnType;
      /** New article before the one at the cursor. */
      insertArticleBefore: () => ReturnType;
      /** New chapter (with one article) after the top-level block at the cursor. */
      insertChapter: () => ReturnType;
      /** New paragraph after the current one. */
      insertParagraph: () => ReturnType;
      /** New item in the current paragraph, after the current item. */
      insertItem: () => ReturnType;
      /** New subitem in the current item, after the current subitem. */
      insertSubitem: () => ReturnType;
      /** Swap the provision at the cursor with the previous one of its kind. */
      moveProvisionUp: () => ReturnType;
      /** Swap the provision at the cursor with the next one of its kind. */
      moveProvisionDown: () => ReturnType;
      /** Delete the provision at the cursor. */
      deleteProvision: () => ReturnType;
      /** Enter: split the provision at the cursor into two of the same kind. */
      splitProvision: () => ReturnType;
      /** Insert a cross-reference to the provision with pid `target`. */
      insertXref: (target: string) => ReturnType;
    };
  }
}

/** Runs a ProseMirror command inside Tiptap's command chain (its state's `tr` is the chain's transaction). */
const run =
  (command: PMCommand) =>
  () =>
  ({ state, dispatch }: { state: Parameters<PMCommand>[0]; dispatch: Parameters<PMCommand>[1] }) =>
    command(state, dispatch);

export const BillCommands = Extension.create({
  name: 'billCommands',

  // Before Tiptap's core keymap, so Enter and Backspace respect the bill's structure.
  priority: 200,

  addCommands() {
    return {
      insertArticleAfter: run(insertArticle('after')),
      insertArticleBefore: run(insertArticle('before')),
      insertChapter: run(insertChapter),
      insertParagraph: run(insertParagraph),
      insertItem: run(insertItem),
      insertSubitem: run(insertSubitem),
      moveProvisionUp: run(moveProvision(-1)),
      moveProvisionDown: run(moveProvision(1)),
      deleteProvision: run(deleteProvision),
      splitProvision: run(splitProvision),
      insertXref:
        (target: string) =>
        ({ state, dispatch }) =>
          insertXref(target)(state, dispatch),
    };
  },

  addKeyboardShortcuts() {
    const c = () => this.editor.commands;
    return {
      [shortcuts.insertArticleAfter]: () => c().insertArticleAfter(),
      [shortcuts.insertArticleBefore]: () => c().insertArticleBefore(),
      [shortcuts.insertParagraph]: () => c().insertParagraph(),
      [shortcuts.insertItem]: () => c().insertItem(),
      [shortcuts.insertSubitem]: () => c().insertSubitem(),
      [shortcuts.insertChapter]: () => c().insertChapter(),
      [shortcuts.moveProvisionUp]: () => c().moveProvisionUp(),
      [shortcuts.moveProvisionDown]: () => c().moveProvisionDown(),
      [shortcuts.deleteProvision]: () => c().deleteProvision(),
      Enter: () => c().splitProvision(),
      // No line breaks inside a sentence: one provision, one line of text.
      'Shift-Enter': () => true,
      Backspace: () =>
        this.editor.commands.command(({ state, dispatch }) => joinSentenceBackward(state, dispatch)),
      Delete: () =>
        this.editor.commands.command(({ state, dispatch }) => joinSentenceForward(state, dispatch)),
    };
  },
});
