import type { Editor } from '@tiptap/react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';
import { formatShortcut } from '../shortcuts';
import type { ToolbarCommand } from './toolbarCommands';

/** One toolbar button: icon and label, the shortcut in its tooltip; keeps the editor's selection on click. */
export function ToolbarButton({
  editor,
  command,
  enabled,
  mac,
}: {
  editor: Editor;
  command: ToolbarCommand;
  enabled: boolean;
  mac: boolean;
}) {
  const t = useT();
  const label = t(command.label);
  const keys = formatShortcut(command.shortcut, mac);
  return (
    <button
      type="button"
      className="tool-btn"
      data-testid={`cmd-${command.id}`}
      aria-label={label}
      aria-keyshortcuts={command.shortcut.replace('Mod', mac ? 'Meta' : 'Control').replace(/-/g, '+')}
      title={`${t(command.hint)} (${keys})`}
      disabled={!enabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => command.run(editor)}
    >
      <Icon name={command.icon} size={17} />
      <span className="tool-btn__label">{label}</span>
    </button>
  );
}
