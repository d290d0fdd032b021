import { Icon } from '../../components/Icon';
import { usePopover } from '../../components/usePopover';
import { useT } from '../../i18n/useT';
import { formatShortcut } from '../shortcuts';
import { toolbarCommands } from './toolbarCommands';

/** The “Keyboard shortcuts” help: every command with its keys. */
export function ShortcutsPopover({ mac }: { mac: boolean }) {
  const t = useT();
  const { open, toggle, containerRef, id } = usePopover();
  const enterRows = [
    { label: t('shortcuts.enterParagraph'), keys: formatShortcut('Enter', mac) },
    { label: t('shortcuts.enterItem'), keys: formatShortcut('Enter', mac) },
  ];
  return (
    <div className="popover-anchor" ref={containerRef}>
      <button
        type="button"
        className="tool-btn tool-btn--icon"
        aria-label={t('cmd.shortcuts')}
        title={t('cmd.shortcuts')}
        aria-expanded={open}
        aria-controls={id}
        data-testid="shortcuts-help"
        onClick={toggle}
      >
        <Icon name="keyboard" size={17} />
      </button>
      {open && (
        <div
          id={id}
          className="popover popover--end shortcuts"
          role="dialog"
          aria-label={t('shortcuts.heading')}
        >
          <h2 className="popover__title">{t('shortcuts.heading')}</h2>
          <table className="shortcuts__table">
            <tbody>
              {toolbarCommands.map((command) => (
                <tr key={command.id}>
                  <th scope="row">{t(command.hint)}</th>
                  <td>
                    <kbd>{formatShortcut(command.shortcut, mac)}</kbd>
                  </td>
                </tr>
              ))}
              {enterRows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>
                    <kbd>{row.keys}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
