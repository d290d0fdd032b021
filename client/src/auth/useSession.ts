import { useCallback, useEffect, useState } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import { authApi } from '../api/authApi';

export type Session =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'signedOut'; selfRegistration: boolean }
  | { status: 'signedIn'; user: PublicUser | null };

/** The browser's session with the server: checked once at start, then changed by sign-in and sign-out. */
export function useSession() {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    authApi
      .status(abort.signal)
      .then(async (status) => {
        if (!status.signedIn)
          return setSession({ status: 'signedOut', selfRegistration: status.selfRegistration });
        const user = await authApi.me(abort.signal).catch(() => null);
        setSession({ status: 'signedIn', user });
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setSession({ status: 'error', error });
      });
    return () => abort.abort();
  }, [generation]);

  const signedIn = useCallback((user: PublicUser) => setSession({ status: 'signedIn', user }), []);
  const retry = useCallback(() => {
    setSession({ status: 'loading' });
    setGeneration((g) => g + 1);
  }, []);
  const signOut = useCallback(async () => {
    await authApi.logout().catch(() => undefined);
    setSession({ status: 'signedOut', selfRegistration: false });
  }, []);

  return { session, signedIn, signOut, retry };
}
