// Typed calls for /api/auth (server/http/routes/auth.ts).
import type { PublicUser } from '../../../core/auth/roles';
import { request } from './request';

/** Whether this browser has a session, and whether anyone may create an account. */
export interface SessionStatus {
  signedIn: boolean;
  selfRegistration: boolean;
}

/** What creating an account needs (registering, or an admin creating one). */
export interface NewAccount {
  username: string;
  password: string;
  displayName?: string;
}

export const authApi = {
  /** The session status. */
  status: (signal?: AbortSignal) => request<SessionStatus>('/api/auth/status', { signal }),
  /** The signed-in user. */
  me: (signal?: AbortSignal) =>
    request<{ user: PublicUser; selfRegistration: boolean }>('/api/auth/me', {
      signal,
      unauthorizedIsAnswer: true,
    }),
  /** Signs in and sets the session cookie; a wrong password is a 401. */
  login: (username: string, password: string) =>
    request<{ user: PublicUser }>('/api/auth/login', {
      method: 'POST',
      body: { username, password },
      unauthorizedIsAnswer: true,
    }).then((r) => r.user),
  /** Creates an account (the first one on a new installation becomes the administrator) and signs in. */
  register: (input: NewAccount) =>
    request<{ user: PublicUser }>('/api/auth/register', { method: 'POST', body: input }).then((r) => r.user),
  /** Ends the session. */
  logout: () => request<void>('/api/auth/logout', { method: 'POST', unauthorizedIsAnswer: true }),
};
