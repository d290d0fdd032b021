import { useId, useState, type FormEvent } from 'react';
import type { Role } from '../../../core/auth/roles';
import type { UserSummary } from '../api/usersApi';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/useT';
import { MemberPicker, pickedLabel } from './MemberPicker';
import { RoleSelect } from './RoleSelect';

interface AddMemberFormProps {
  users: readonly UserSummary[] | null;
  exclude: ReadonlySet<string>;
  /** Rejects with the server's error; the form keeps its input then. */
  onAdd(username: string, role: Role): Promise<void>;
}

/** Pick a person, pick a role, add. */
export function AddMemberForm({ users, exclude, onAdd }: AddMemberFormProps) {
  const t = useT();
  const headingId = useId();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<UserSummary | null>(null);
  const [role, setRole] = useState<Role>('editor');
  const [busy, setBusy] = useState(false);

  // A picked person, else an exact username typed by hand (the server says when there is no such user).
  const typed = text.trim().replace(/^@/, '');
  const username =
    picked?.username ??
    users?.find((u) => u.username.toLowerCase() === typed.toLowerCase())?.username ??
    typed;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username || busy) return;
    setBusy(true);
    try {
      await onAdd(username, role);
      setText('');
      setPicked(null);
    } catch {
      // The dialog shows the server's reason.
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-member" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        {t('members.addHeading')}
      </h3>
      <div className="add-member__row">
        <MemberPicker
          users={users}
          exclude={exclude}
          text={text}
          label={t('members.pickerLabel')}
          onText={(value) => {
            setText(value);
            setPicked(null);
          }}
          onPick={(user) => {
            setPicked(user);
            setText(pickedLabel(user));
          }}
        />
        <RoleSelect value={role} onChange={setRole} label={t('members.addRole')} testId="member-add-role" />
        <button
          type="submit"
          className="btn btn--primary"
          data-testid="member-add"
          disabled={busy || !username}
        >
          <Icon name="plus" size={16} />
          {t('members.add')}
        </button>
      </div>
    </form>
  );
}
