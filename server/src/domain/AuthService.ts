// Accounts and sessions: register, sign in/out, who is this token, admin-created accounts, settings.
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../../core/auth/roles';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { RateLimiter } from '../auth/RateLimiter';
import { newSessionToken, sessionIdOf } from '../auth/sessionToken';
import type { Config } from '../config';
import { DuplicateError, type Storage, type UserRecord } from '../storage/types';
import { DomainError } from './errors';

export const toPublicUser = (u: UserRecord): PublicUser => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  isAdmin: u.isAdmin,
});

export interface NewAccount {
  username: string;
  password: string;
  displayName?: string | undefined;
}

export interface SignedIn {
  user: PublicUser;
  token: string;
  expiresAt: Date;
}

const SELF_REGISTRATION = 'selfRegistration';

export class AuthService {
  private readonly byAccount: RateLimiter;
  private readonly byIp: RateLimiter;
  /** A hash to verify against when the account does not exist, so timing does not reveal accounts. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly storage: Storage,
    private readonly config: Config['auth'],
  ) {
    this.byAccount = new RateLimiter(config.loginLimit.perAccount, config.loginLimit.windowMs);
    this.byIp = new RateLimiter(config.loginLimit.perIp, config.loginLimit.windowMs);
    this.decoyHash = hashPassword(newSessionToken(), config.scryptN);
  }

  async selfRegistrationOpen(): Promise<boolean> {
    return (await this.storage.settings.get(SELF_REGISTRATION)) === 'true';
  }

  async setSelfRegistration(actor: PublicUser, open: boolean): Promise<void> {
    if (!actor.isAdmin) throw new DomainError('forbidden', 'only an admin may change this setting');
    await this.storage.settings.set(SELF_REGISTRATION, String(open));
    await this.storage.audit.append({ billId: null, userId: actor.id, action: 'settings.changed', detail: { selfRegistration: open } });
  }

  /** Self-registration: the first account becomes admin; later ones only while the admin allows it. */
  async register(input: NewAccount): Promise<SignedIn> {
    const first = (await this.storage.users.count()) === 0;
    if (!first && !(await this.selfRegistrationOpen())) {
      throw new DomainError('forbidden', 'self-registration is closed: ask an administrator for an account');
    }
    const user = await this.createAccount(input, first);
    await this.storage.audit.append({ billId: null, userId: user.id, action: 'auth.registered', detail: { admin: first } });
    return this.startSession(user);
  }

  /** An admin creates an account (whether or not self-registration is open). */
  async createUser(actor: PublicUser, input: NewAccount): Promise<PublicUser> {
    if (!actor.isAdmin) throw new DomainError('forbidden', 'only an admin may create accounts');
    const user = await this.createAccount(input, false);
    await this.storage.audit.append({ billId: null, userId: actor.id, action: 'user.created', detail: { username: user.username } });
    return user;
  }

  private async createAccount(input: NewAccount, isAdmin: boolean): Promise<PublicUser> {
    const passwordHash = await hashPassword(input.password, this.config.scryptN);
    try {
      const user = await this.storage.users.create({
        id: randomUUID(),
        username: input.username,
        displayName: input.displayName?.trim() || input.username,
        passwordHash,
        isAdmin,
      });
      return toPublicUser(user);
    } catch (err) {
      if (err instanceof DuplicateError) throw new DomainError('conflict', `the username “${input.username}” is taken`);
      throw err;
    }
  }

  /** Signs in; rate-limited per account and per IP; the same error for unknown user and wrong password. */
  async login(username: string, password: string, ip: string): Promise<SignedIn> {
    const accountKey = username.toLowerCase();
    for (const [limiter, key] of [[this.byAccount, accountKey], [this.byIp, ip]] as const) {
      if (limiter.blocked(key)) {
        const wait = limiter.retryAfter(key);
        throw new DomainError('rate_limited', `too many sign-in attempts; try again in ${wait} s`, wait);
      }
    }
    const user = await this.storage.users.getByUsername(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    if (!user || !ok) {
      this.byAccount.hit(accountKey);
      this.byIp.hit(ip);
      throw new DomainError('unauthorized', 'wrong username or password');
    }
    this.byAccount.reset(accountKey);
    await this.storage.audit.append({ billId: null, userId: user.id, action: 'auth.signed_in', detail: { ip } });
    return this.startSession(toPublicUser(user));
  }

  private async startSession(user: PublicUser): Promise<SignedIn> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlMs);
    await this.storage.sessions.create({ id: sessionIdOf(token), userId: user.id, expiresAt: expiresAt.toISOString() });
    return { user, token, expiresAt };
  }

  async logout(token: string): Promise<void> {
    const id = sessionIdOf(token);
    const session = await this.storage.sessions.get(id);
    await this.storage.sessions.delete(id);
    if (session) await this.storage.audit.append({ billId: null, userId: session.userId, action: 'auth.signed_out', detail: {} });
  }

  /** The user a session token belongs to, or null (unknown, forged or expired token). */
  async userForToken(token: string | null): Promise<PublicUser | null> {
    if (!token) return null;
    const session = await this.storage.sessions.get(sessionIdOf(token));
    if (!session) return null;
    if (session.expiresAt <= new Date().toISOString()) {
      await this.storage.sessions.delete(session.id);
      return null;
    }
    const user = await this.storage.users.getById(session.userId);
    return user ? toPublicUser(user) : null;
  }

  async listUsers(): Promise<PublicUser[]> {
    return (await this.storage.users.list()).map(toPublicUser);
  }

  /** Drops expired sessions (run periodically). */
  sweepSessions(): Promise<number> {
    return this.storage.sessions.deleteExpired(new Date().toISOString());
  }
}
