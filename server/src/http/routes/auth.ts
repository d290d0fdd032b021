// /api/auth: register, login, logout, me.
import { Router } from 'express';
import type { Config } from '../../config';
import type { AuthService } from '../../domain/AuthService';
import { currentUser } from '../middleware/authenticate';
import { accountBody, loginBody } from '../schemas';
import { clearSessionCookie, setSessionCookie } from '../sessionCookie';

export function authRoutes(auth: AuthService, cookieSecure: Config['auth']['cookieSecure']): Router {
  const r = Router();
  r.post('/register', async (req, res) => {
    const signedIn = await auth.register(accountBody.parse(req.body));
    setSessionCookie(req, res, cookieSecure, signedIn.token, signedIn.expiresAt);
    res.status(201).json({ user: signedIn.user });
  });
  r.post('/login', async (req, res) => {
    const { username, password } = loginBody.parse(req.body);
    const signedIn = await auth.login(username, password, req.ip ?? 'unknown');
    setSessionCookie(req, res, cookieSecure, signedIn.token, signedIn.expiresAt);
    res.json({ user: signedIn.user });
  });
  r.post('/logout', async (req, res) => {
    if (res.locals.sessionToken) await auth.logout(res.locals.sessionToken);
    clearSessionCookie(req, res, cookieSecure);
    res.status(204).end();
  });
  r.get('/me', async (_req, res) => {
    res.json({ user: currentUser(res), selfRegistration: await auth.selfRegistrationOpen() });
  });
  // Lets the sign-in page know whether to offer registration (and whether this is the first account).
  r.get('/status', async (_req, res) => {
    res.json({ selfRegistration: await auth.selfRegistrationOpen(), signedIn: !!res.locals.user });
  });
  return r;
}
