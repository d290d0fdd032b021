// Signed-in test users: the first registers (and becomes admin), the admin creates the others.
import type { PublicUser } from '../../core/auth/roles';
import { api } from './testServer';

export const TEST_PASSWORD = 'correct horse battery';

export interface Session {
  user: PublicUser;
  cookie: string;
  /** An API call carrying this user's session cookie. */
  call<T = unknown>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
}

function sessionFrom(base: string, res: Response, user: PublicUser): Session {
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  if (!cookie.startsWith('bw_session=')) throw new Error(`no session cookie in ${setCookie}`);
  return {
    user,
    cookie,
    call: (method, path, body, headers = {}) => api(base, method, path, body, { cookie, ...headers }),
  };
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** Registers the first account (the admin). */
export async function registerAdmin(base: string, username = 'admin'): Promise<Session> {
  const res = await post(base, '/api/auth/register', { username, password: TEST_PASSWORD, displayName: username });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: PublicUser };
  return sessionFrom(base, res, body.user);
}

/** Signs in an existing account. */
export async function login(base: string, username: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await post(base, '/api/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: PublicUser };
  return sessionFrom(base, res, body.user);
}

/** The admin creates an account, which then signs in. */
export async function addUser(base: string, admin: Session, username: string, displayName = username): Promise<Session> {
  const r = await admin.call('POST', '/api/users', { username, password: TEST_PASSWORD, displayName });
  if (r.status !== 201) throw new Error(`create user failed: ${r.status} ${JSON.stringify(r.body)}`);
  return login(base, username);
}
