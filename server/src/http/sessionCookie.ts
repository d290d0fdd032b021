// The session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS (configurable).
import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../auth/sessionToken';
import type { Config } from '../config';

const secure = (req: Request, mode: Config['auth']['cookieSecure']) => (mode === 'auto' ? req.secure : mode === 'true');

export function setSessionCookie(req: Request, res: Response, mode: Config['auth']['cookieSecure'], token: string, expires: Date) {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: secure(req, mode), path: '/', expires });
}

export function clearSessionCookie(req: Request, res: Response, mode: Config['auth']['cookieSecure']) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: secure(req, mode), path: '/' });
}
