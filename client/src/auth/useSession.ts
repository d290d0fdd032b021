import { useCallback, useEffect, useState } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import { ApiError } from '../api/ApiError';
import { authApi } from '../api/authApi';
import { SESSION_EXPIRED_EVENT } from '../api/sessionExpired';
import { navigate } from '../router/navigate';
import { listPath } from '../router/routes';

export type Session =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** `expired`: the server ended the session while the app was in use (the URL is kept to come back to). */
  | { status: 'signedOut'; selfRegistration: boolean; expired: boolean }
  | { status: 'signedIn'; user: PublicUser };

/**
 * The browser's session with the server: checked at start, changed by sign-in and sign-out, and ended
 * when any API call or the collaboration socket reports that the server no longer knows us.
 */
export function useSession() {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    const signedOut = (selfRegistration: boolean) =>
      setSession({ status: 'signedOut', selfRegistration, expired: false });
    authApi
      .status(abort.signal)
      .then(async (status) => {
        if (!status.signedIn) return signedOut(status.selfRegistration);
        try {
          const { user } = await authApi.me(abort.signal);
          setSession({ status: 'signedIn', user });
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) signedOut(status.selfRegistration);
          else throw error;
        }
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setSession({ status: 'error', error });
      });
    return () => abort.abort();
  }, [generation]);

  // Whether the sign-in page may offer registration: asked again whenever we land there.
  const refreshRegistration = useCallback(() => {
    authApi.status().then(
      ({ selfRegistration }) =>
        setSession((s) => (s.status === 'signedOut' ? { ...s, selfRegistration } : s)),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    const onExpired = () => {
      setSession((s) =>
        s.status === 'signedIn' ? { status: 'signedOut', selfRegistration: false, expired: true } : s,
      );
      refreshRegistration();
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, onExpired);
  }, [refreshRegistration]);

  const signedIn = useCallback((user: PublicUser) => setSession({ status: 'signedIn', user }), []);
  const retry = useCallback(() => {
    setSession({ status: 'loading' });
    setGeneration((g) => g + 1);
  }, []);
  const signOut = useCallback(async () => {
    await authApi.logout().catch(() => undefined);
    // Whoever signs in next starts from the list, not from this user's last page.
    navigate(listPath, { replace: true });
    setSession({ status: 'signedOut', selfRegistration: false, expired: false });
    refreshRegistration();
  }, [refreshRegistration]);

  return { session, signedIn, signOut, retry };
}
