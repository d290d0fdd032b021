// Typed calls for /api/users (server/http/routes/users.ts).
import type { PublicUser } from '../../../core/auth/roles';
import type { NewAccount } from './authApi';
import { request } from './request';

/** An account as the user list shows it (for the member picker and the admin page). */
export type UserSummary = Pick<PublicUser, 'id' | 'username' | 'displayName'>;

export const usersApi = {
  /** Every account. */
  list: (signal?: AbortSignal) =>
    request<{ users: UserSummary[] }>('/api/users', { signal }).then((r) => r.users),
  /** An administrator creates an account. */
  create: (input: NewAccount) =>
    request<{ user: PublicUser }>('/api/users', { method: 'POST', body: input }).then((r) => r.user),
};
