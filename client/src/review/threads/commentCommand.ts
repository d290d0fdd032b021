import type { ToolbarCommand } from '../../editor/menus/toolbarCommands';
import { shortcuts } from '../../editor/shortcuts';
import { canStartComment, startComment } from './threadCommands';

/** The toolbar's “Comment” button (`cmd-comment`): a thread on the selected words of one provision. */
export const commentCommand: ToolbarCommand = {
  id: 'comment',
  icon: 'comment',
  label: 'cmd.comment',
  hint: 'cmd.comment.hint',
  shortcut: shortcuts.comment,
  run: (editor) => startComment(editor.view),
  can: (editor) => canStartComment(editor.state),
};
