import { useState, type FormEvent } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import { authApi } from '../api/authApi';
import { accountErrors, type AccountErrors } from '../auth/accountErrors';
import { Brand } from '../components/Brand';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Notice } from '../components/Notice';
import { TextField } from '../components/TextField';
import { useT } from '../i18n/useT';

const noErrors: AccountErrors = { form: null, fields: {} };

/**
 * Sign in, or create an account. Registration is always offered: on a new installation the first
 * account becomes the administrator; afterwards the server refuses it (403) unless an admin opened it.
 */
export function SignInScene({
  selfRegistration,
  expired = false,
  onSignedIn,
}: {
  selfRegistration: boolean;
  /** The session ended while the app was open: say so. */
  expired?: boolean;
  onSignedIn(user: PublicUser): void;
}) {
  const t = useT();
  const [mode, setMode] = useState<'signIn' | 'register'>('signIn');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<AccountErrors>(noErrors);
  const registering = mode === 'register';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors(noErrors);
    const name = username.trim();
    try {
      const display = displayName.trim();
      onSignedIn(
        registering
          ? await authApi.register({ username: name, password, ...(display ? { displayName: display } : {}) })
          : await authApi.login(name, password),
      );
    } catch (err) {
      setErrors(accountErrors(err, t, { action: mode, username: name }));
      setBusy(false);
    }
  };

  const heading = registering
    ? t(selfRegistration ? 'signin.registerHeading' : 'signin.adminHeading')
    : t('signin.heading');
  const intro = registering
    ? t(selfRegistration ? 'signin.registerIntro' : 'signin.adminIntro')
    : t('signin.intro');

  return (
    <main id="main" className="welcome">
      <div className="welcome__card card" data-testid="signin" data-mode={mode}>
        <div className="welcome__top">
          <Brand />
          <LanguageSwitch />
        </div>
        {expired && !registering && (
          <div className="signin-expired" data-testid="session-expired">
            <Notice tone="warning">{t('signin.expired')}</Notice>
          </div>
        )}
        <h1 className="welcome__title">{heading}</h1>
        <p className="welcome__intro">{intro}</p>
        <form className="signin-form" onSubmit={submit}>
          <TextField
            label={t('signin.username')}
            testId="signin-username"
            value={username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            required
            hint={registering ? t('account.usernameRule') : undefined}
            error={errors.fields.username}
            onChange={(e) => setUsername(e.target.value)}
          />
          {registering && (
            <TextField
              label={t('signin.displayName')}
              testId="signin-display-name"
              value={displayName}
              autoComplete="name"
              maxLength={80}
              placeholder={t('account.displayNamePlaceholder')}
              hint={t('signin.displayNameHint')}
              error={errors.fields.displayName}
              onChange={(e) => setDisplayName(e.target.value)}
            />
          )}
          <TextField
            label={t('signin.password')}
            type="password"
            testId="signin-password"
            value={password}
            autoComplete={registering ? 'new-password' : 'current-password'}
            minLength={registering ? 10 : undefined}
            required
            hint={registering ? t('account.passwordRule') : undefined}
            error={errors.fields.password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {errors.form && (
            <p className="form-error" role="alert" data-testid="signin-error">
              {errors.form}
            </p>
          )}
          <button
            type="submit"
            className="btn btn--primary signin-form__submit"
            data-testid="signin-submit"
            disabled={busy}
          >
            {t(registering ? 'signin.registerSubmit' : 'signin.submit')}
          </button>
        </form>
        <p className="signin-switch">
          <button
            type="button"
            className="link-btn"
            data-testid="signin-mode"
            onClick={() => {
              setMode(registering ? 'signIn' : 'register');
              setErrors(noErrors);
            }}
          >
            {t(registering ? 'signin.toSignIn' : 'signin.toRegister')}
          </button>
        </p>
      </div>
      <p className="welcome__tagline">{t('app.tagline')}</p>
    </main>
  );
}
