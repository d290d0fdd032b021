// The toolbar's commands in one table: test id, icon, strings, shortcut, and how to run and check them.
import type { Editor } from '@tiptap/core';
import type { IconName } from '../../components/Icon';
import type { StringKey } from '../../i18n/strings';
import { shortcuts } from '../shortcuts';
import { commentCommand } from '../../review/threads/commentCommand';

export interface ToolbarCommand {
  /** `data-testid` is `cmd-${id}`. */
  id: string;
  icon: IconName;
  label: StringKey;
  hint: StringKey;
  shortcut: string;
  run(editor: Editor): boolean;
  can(editor: Editor): boolean;
}

export const toolbarGroups: ToolbarCommand[][] = [
  [
    {
      id: 'insertArticleAfter',
      icon: 'articleAfter',
      label: 'cmd.insertArticleAfter',
      hint: 'cmd.insertArticleAfter.hint',
      shortcut: shortcuts.insertArticleAfter,
      run: (e) => e.chain().focus().insertArticleAfter().run(),
      can: (e) => e.can().insertArticleAfter(),
    },
    {
      id: 'insertArticleBefore',
      icon: 'articleBefore',
      label: 'cmd.insertArticleBefore',
      hint: 'cmd.insertArticleBefore.hint',
      shortcut: shortcuts.insertArticleBefore,
      run: (e) => e.chain().focus().insertArticleBefore().run(),
      can: (e) => e.can().insertArticleBefore(),
    },
    {
      id: 'insertParagraph',
      icon: 'paragraph',
      label: 'cmd.insertParagraph',
      hint: 'cmd.insertParagraph.hint',
      shortcut: shortcuts.insertParagraph,
      run: (e) => e.chain().focus().insertParagraph().run(),
      can: (e) => e.can().insertParagraph(),
    },
    {
      id: 'insertItem',
      icon: 'item',
      label: 'cmd.insertItem',
      hint: 'cmd.insertItem.hint',
      shortcut: shortcuts.insertItem,
      run: (e) => e.chain().focus().insertItem().run(),
      can: (e) => e.can().insertItem(),
    },
    {
      id: 'insertSubitem',
      icon: 'subitem',
      label: 'cmd.insertSubitem',
      hint: 'cmd.insertSubitem.hint',
      shortcut: shortcuts.insertSubitem,
      run: (e) => e.chain().focus().insertSubitem().run(),
      can: (e) => e.can().insertSubitem(),
    },
    {
      id: 'insertChapter',
      icon: 'chapter',
      label: 'cmd.insertChapter',
      hint: 'cmd.insertChapter.hint',
      shortcut: shortcuts.insertChapter,
      run: (e) => e.chain().focus().insertChapter().run(),
      can: (e) => e.can().insertChapter(),
    },
  ],
  [
    {
      id: 'moveUp',
      icon: 'up',
      label: 'cmd.moveUp',
      hint: 'cmd.moveUp.hint',
      shortcut: shortcuts.moveProvisionUp,
      run: (e) => e.chain().focus().moveProvisionUp().run(),
      can: (e) => e.can().moveProvisionUp(),
    },
    {
      id: 'moveDown',
      icon: 'down',
      label: 'cmd.moveDown',
      hint: 'cmd.moveDown.hint',
      shortcut: shortcuts.moveProvisionDown,
      run: (e) => e.chain().focus().moveProvisionDown().run(),
      can: (e) => e.can().moveProvisionDown(),
    },
    {
      id: 'delete',
      icon: 'trash',
      label: 'cmd.delete',
      hint: 'cmd.delete.hint',
      shortcut: shortcuts.deleteProvision,
      run: (e) => e.chain().focus().deleteProvision().run(),
      can: (e) => e.can().deleteProvision(),
    },
  ],
  [
    {
      id: 'undo',
      icon: 'undo',
      label: 'cmd.undo',
      hint: 'cmd.undo.hint',
      shortcut: shortcuts.undo,
      run: (e) => e.chain().focus().undo().run(),
      can: (e) => e.can().undo(),
    },
    {
      id: 'redo',
      icon: 'redo',
      label: 'cmd.redo',
      hint: 'cmd.redo.hint',
      shortcut: shortcuts.redo,
      run: (e) => e.chain().focus().redo().run(),
      can: (e) => e.can().redo(),
    },
  ],
  [commentCommand],
];

/** Every toolbar command, flat. */
export const toolbarCommands: ToolbarCommand[] = toolbarGroups.flat();
