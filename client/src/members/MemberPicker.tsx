import { useId, useState, type KeyboardEvent } from 'react';
import type { UserSummary } from '../api/usersApi';
import { useT } from '../i18n/useT';
import { matchUsers } from './matchUsers';

interface MemberPickerProps {
  /** Every account, or null while they load. */
  users: readonly UserSummary[] | null;
  /** Account ids already on the bill. */
  exclude: ReadonlySet<string>;
  text: string;
  label: string;
  onText(text: string): void;
  onPick(user: UserSummary): void;
}

/** The label a picked person gets in the input. */
export const pickedLabel = (user: UserSummary) => `${user.displayName} (@${user.username})`;

/** A combobox (ARIA 1.2, list autocomplete) that finds accounts by username or display name. */
export function MemberPicker({ users, exclude, text, label, onText, onPick }: MemberPickerProps) {
  const t = useT();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = open && users ? matchUsers(users, text, exclude) : [];
  const expanded = open && (options.length > 0 || text.trim() !== '');

  const pick = (user: UserSummary) => {
    onPick(user);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : -1));
    } else if (event.key === 'Enter' && expanded && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && expanded) {
      // Close the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="combobox">
      <input
        className="input"
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? `${listId}-${active}` : undefined}
        data-testid="member-picker"
        value={text}
        placeholder={t('members.pickerPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          onText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} className="combobox__list" role="listbox" aria-label={label} hidden={!expanded}>
        {options.map((user, i) => (
          <li
            key={user.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="combobox__option"
            data-testid="member-option"
            data-username={user.username}
            // Keep the focus in the input so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(user)}
          >
            <span className="combobox__primary">{user.displayName}</span>
            <span className="combobox__secondary">@{user.username}</span>
          </li>
        ))}
        {expanded && options.length === 0 && (
          <li className="combobox__empty" role="presentation">
            {users ? t('members.noMatch') : t('members.loadingUsers')}
          </li>
        )}
      </ul>
    </div>
  );
}
