import { useState, type FormEvent } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import { usersApi } from '../api/usersApi';
import { accountErrors, type AccountErrors } from '../auth/accountErrors';
import { Icon } from '../components/Icon';
import { TextField } from '../components/TextField';
import { useT } from '../i18n/useT';

const noErrors: AccountErrors = { form: null, fields: {} };

/** An administrator creates an account (works whether or not self-registration is open). */
export function CreateUserForm({ onCreated }: { onCreated(user: PublicUser): void }) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<AccountErrors>(noErrors);
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = username.trim();
    const display = displayName.trim();
    setBusy(true);
    setErrors(noErrors);
    setCreated(null);
    try {
      const user = await usersApi.create({
        username: name,
        password,
        ...(display ? { displayName: display } : {}),
      });
      onCreated(user);
      setCreated(user.username);
      setUsername('');
      setDisplayName('');
      setPassword('');
    } catch (err) {
      setErrors(accountErrors(err, t, { action: 'create', username: name }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="admin-create" onSubmit={submit}>
      <div className="admin-create__fields">
        <TextField
          label={t('signin.username')}
          testId="admin-new-username"
          value={username}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          hint={t('account.usernameRule')}
          error={errors.fields.username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          label={t('signin.displayName')}
          testId="admin-new-display-name"
          value={displayName}
          autoComplete="off"
          maxLength={80}
          placeholder={t('account.displayNamePlaceholder')}
          error={errors.fields.displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <TextField
          label={t('admin.initialPassword')}
          type="password"
          testId="admin-new-password"
          value={password}
          autoComplete="new-password"
          minLength={10}
          required
          hint={t('account.passwordRule')}
          error={errors.fields.password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      {errors.form && (
        <p className="form-error" role="alert" data-testid="admin-create-error">
          {errors.form}
        </p>
      )}
      <div className="admin-create__actions">
        {created && (
          <p className="form-success" role="status" data-testid="admin-created">
            <Icon name="check" size={16} />
            {t('admin.created', { username: created })}
          </p>
        )}
        <button type="submit" className="btn btn--primary" data-testid="admin-create-user" disabled={busy}>
          <Icon name="plus" size={16} />
          {busy ? t('create.submitting') : t('admin.createUser')}
        </button>
      </div>
    </form>
  );
}
