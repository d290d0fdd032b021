// /api/users (list for the member picker; admins create accounts) and /api/settings (admin).
import { Router } from 'express';
import type { AuthService } from '../../domain/AuthService';
import { DomainError } from '../../domain/errors';
import type { AuditStore } from '../../storage/types';
import { currentUser } from '../middleware/authenticate';
import { accountBody, settingsBody } from '../schemas';

export function userRoutes(auth: AuthService): Router {
  const r = Router();
  r.get('/', async (_req, res) => {
    currentUser(res);
    const users = await auth.listUsers();
    res.json({ users: users.map(({ id, username, displayName }) => ({ id, username, displayName })) });
  });
  r.post('/', async (req, res) => {
    res.status(201).json({ user: await auth.createUser(currentUser(res), accountBody.parse(req.body)) });
  });
  return r;
}

export function settingsRoutes(auth: AuthService, audit: AuditStore): Router {
  const r = Router();
  r.get('/', async (_req, res) => {
    currentUser(res);
    res.json({ selfRegistration: await auth.selfRegistrationOpen() });
  });
  r.patch('/', async (req, res) => {
    const { selfRegistration } = settingsBody.parse(req.body);
    await auth.setSelfRegistration(currentUser(res), selfRegistration);
    res.json({ selfRegistration });
  });
  // The server-wide audit trail (sign-ins, accounts, settings): admins only.
  r.get('/audit', async (_req, res) => {
    if (!currentUser(res).isAdmin) throw new DomainError('forbidden', 'admins only');
    res.json({ entries: await audit.listAll(500) });
  });
  return r;
}
