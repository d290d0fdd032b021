// Typed calls for /api/auth (server/http/routes/auth.ts).
import type { PublicUser } from '../../../core/auth/roles';
import { ApiError } from './ApiError';
import { request } from './request';

/** Whether this browser has a session, and whether accounts may be created without an administrator. */
export interface SessionStatus {
  signedIn: boolean;
  selfRegistration: boolean;
}

/** What registering needs. */
export interface NewAccount {
  username: string;
  password: string;
  displayName?: string;
}

export const authApi = {
  /** The session status; a server without accounts (no /api/auth) counts as signed in. */
  status: (signal?: AbortSignal) =>
    request<SessionStatus>('/api/auth/status', { signal }).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404)
        return { signedIn: true, selfRegistration: false };
      throw error;
    }),
  /** The signed-in user. */
  me: (signal?: AbortSignal) => request<{ user: PublicUser }>('/api/auth/me', { signal }).then((r) => r.user),
  /** Signs in and sets the session cookie. */
  login: (username: string, password: string) =>
    request<{ user: PublicUser }>('/api/auth/login', { method: 'POST', body: { username, password } }).then(
      (r) => r.user,
    ),
  /** Creates an account (the first one on a new installation becomes the administrator) and signs in. */
  register: (input: NewAccount) =>
    request<{ user: PublicUser }>('/api/auth/register', { method: 'POST', body: input }).then((r) => r.user),
  /** Ends the session. */
  logout: () => request<void>('/api/auth/logout', { method: 'POST' }),
};
