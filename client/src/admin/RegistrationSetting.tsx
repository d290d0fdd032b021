import { useCallback, useId, useState } from 'react';
import { settingsApi } from '../api/settingsApi';
import { useResource } from '../api/useResource';
import { Notice } from '../components/Notice';
import { Spinner } from '../components/Spinner';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';

/** Whether anyone may create an account on the sign-in page. */
export function RegistrationSetting() {
  const t = useT();
  const hintId = useId();
  const load = useCallback((signal: AbortSignal) => settingsApi.get(signal), []);
  const { state, update } = useResource(load);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (state.status === 'loading') return <Spinner label={t('admin.loading')} />;
  if (state.status === 'error') return <Notice>{describeError(state.error, t)}</Notice>;

  // Optimistic: the box follows the click at once and goes back if the server refuses.
  const change = async (selfRegistration: boolean) => {
    setBusy(true);
    setError(null);
    update(() => ({ selfRegistration }));
    try {
      const saved = await settingsApi.update({ selfRegistration });
      update(() => saved);
    } catch (err) {
      update(() => ({ selfRegistration: !selfRegistration }));
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="setting">
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="admin-self-registration"
          checked={state.data.selfRegistration}
          disabled={busy}
          aria-describedby={hintId}
          onChange={(event) => void change(event.target.checked)}
        />
        <span>{t('admin.selfRegistration')}</span>
      </label>
      <p id={hintId} className="field-hint setting__hint">
        {t(state.data.selfRegistration ? 'admin.selfRegistrationOn' : 'admin.selfRegistrationOff')}
      </p>
      {error && <Notice>{error}</Notice>}
    </div>
  );
}
