import { useEditorState, type Editor } from '@tiptap/react';
import { toolbarCommands } from './toolbarCommands';

/** Which toolbar commands apply at the cursor, re-evaluated as the editor changes. */
export function useToolbarState(editor: Editor): Readonly<Record<string, boolean>> {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const enabled: Record<string, boolean> = {};
      for (const command of toolbarCommands) enabled[command.id] = e.isEditable && command.can(e);
      return enabled;
    },
  });
}
