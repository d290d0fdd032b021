import { useId, useState, type FormEvent } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import { authApi } from '../api/authApi';
import { Brand } from '../components/Brand';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';

/** Sign in, or create an account (the first one on a new installation becomes the administrator). */
export function SignInScene({
  selfRegistration,
  onSignedIn,
}: {
  selfRegistration: boolean;
  onSignedIn(user: PublicUser): void;
}) {
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<'signIn' | 'register'>('signIn');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const registering = mode === 'register';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const name = displayName.trim();
      onSignedIn(
        registering
          ? await authApi.register({
              username: username.trim(),
              password,
              ...(name ? { displayName: name } : {}),
            })
          : await authApi.login(username.trim(), password),
      );
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="welcome">
      <div className="welcome__card card">
        <div className="welcome__top">
          <Brand />
          <LanguageSwitch />
        </div>
        <h1 className="welcome__title">{t(registering ? 'signin.registerHeading' : 'signin.heading')}</h1>
        <p className="welcome__intro">{t(registering ? 'signin.registerIntro' : 'signin.intro')}</p>
        <form className="signin-form" onSubmit={submit}>
          <label className="field">
            <span className="field-label">{t('signin.username')}</span>
            <input
              className="input"
              data-testid="signin-username"
              value={username}
              autoComplete="username"
              autoFocus
              required
              onChange={(e) => setUsername(e.target.value)}
            />
          </label>
          {registering && (
            <label className="field">
              <span className="field-label">{t('signin.displayName')}</span>
              <input
                className="input"
                data-testid="signin-display-name"
                value={displayName}
                autoComplete="name"
                placeholder={t('identity.namePlaceholder')}
                onChange={(e) => setDisplayName(e.target.value)}
              />
            </label>
          )}
          <label className="field">
            <span className="field-label">{t('signin.password')}</span>
            <input
              className="input"
              type="password"
              data-testid="signin-password"
              value={password}
              autoComplete={registering ? 'new-password' : 'current-password'}
              minLength={registering ? 10 : undefined}
              required
              aria-describedby={registering ? `${id}-hint` : undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
            {registering && (
              <span id={`${id}-hint`} className="field-hint">
                {t('signin.passwordHint')}
              </span>
            )}
          </label>
          {error && (
            <p className="field-error" role="alert">
              {error}
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
              setError(null);
            }}
          >
            {t(registering ? 'signin.toSignIn' : 'signin.toRegister')}
          </button>
        </p>
        {!selfRegistration && registering && <p className="field-hint">{t('signin.firstAccountHint')}</p>}
      </div>
      <p className="welcome__tagline">{t('app.tagline')}</p>
    </main>
  );
}
