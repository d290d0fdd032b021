// Reads the session cookie and puts the signed-in user (or null) on res.locals.
import type { RequestHandler, Response } from 'express';
import type { PublicUser } from '../../../../core/auth/roles';
import { readCookie, SESSION_COOKIE } from '../../auth/sessionToken';
import type { AuthService } from '../../domain/AuthService';
import { DomainError } from '../../domain/errors';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      user: PublicUser | null;
      sessionToken: string | null;
    }
  }
}

export function authenticate(auth: AuthService): RequestHandler {
  return async (req, res, next) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    res.locals.sessionToken = token;
    res.locals.user = await auth.userForToken(token);
    next();
  };
}

/** The signed-in user, or a 401. */
export function currentUser(res: Response): PublicUser {
  const user = res.locals.user;
  if (!user) throw new DomainError('unauthorized', 'sign in first');
  return user;
}
