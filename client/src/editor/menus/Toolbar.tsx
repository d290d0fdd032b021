import { useEditorState, type Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import { LangBadge } from '../../components/LangBadge';
import { useT } from '../../i18n/useT';
import { isMacPlatform } from '../shortcuts';
import { ShortcutsPopover } from './ShortcutsPopover';
import { ToolbarButton } from './ToolbarButton';
import { XrefPicker } from './XrefPicker';
import { toolbarGroups } from './toolbarCommands';
import { useToolbarState } from './useToolbarState';

const mac = isMacPlatform();

/** Structure commands, undo/redo, cross-references, the bill's language and the shortcut help. */
export function Toolbar({ editor, lang }: { editor: Editor; lang: BillLang }) {
  const t = useT();
  const enabled = useToolbarState(editor);
  const canXref = useEditorState({
    editor,
    selector: ({ editor: e }) => e.isEditable && e.can().insertXref('probe'),
  });
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {toolbarGroups.map((group, index) => (
        <div className="toolbar__group" key={index}>
          {group.map((command) => (
            <ToolbarButton
              key={command.id}
              editor={editor}
              command={command}
              enabled={enabled[command.id] ?? false}
              mac={mac}
            />
          ))}
        </div>
      ))}
      <div className="toolbar__group">
        <XrefPicker editor={editor} enabled={canXref} lang={lang} />
      </div>
      <div className="toolbar__spacer" />
      <LangBadge lang={lang} />
      <ShortcutsPopover mac={mac} />
    </div>
  );
}
