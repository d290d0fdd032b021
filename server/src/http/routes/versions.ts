// /api/bills/:id/versions and /api/bills/:id/diff: validate → authorize (policy, inside the use case) →
// use case → present.
import { Router } from 'express';
import { z } from 'zod';
import type { VersionService } from '../../domain/VersionService';
import { currentUser } from '../middleware/authenticate';
import { billIdParam } from '../schemas';

const versionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'malformed version id');
const versionParam = billIdParam.extend({ vid: versionId });
const createVersionBody = z.object({
  label: z.string().trim().min(1, 'label must not be empty').max(200, 'label is at most 200 characters'),
  note: z.string().trim().max(2000, 'note is at most 2000 characters').optional(),
});
const diffQuery = z.object({
  from: z.union([z.literal('current'), versionId]),
  to: z.union([z.literal('current'), versionId]).default('current'),
});

export function versionRoutes(versions: VersionService): Router {
  const r = Router();
  r.get('/:id/versions', async (req, res) => {
    res.json({ versions: await versions.list(currentUser(res), billIdParam.parse(req.params).id) });
  });
  r.post('/:id/versions', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    res.status(201).json(await versions.create(user, id, createVersionBody.parse(req.body)));
  });
  r.get('/:id/versions/:vid', async (req, res) => {
    const { id, vid } = versionParam.parse(req.params);
    res.json(await versions.content(currentUser(res), id, vid));
  });
  r.post('/:id/versions/:vid/restore', async (req, res) => {
    const { id, vid } = versionParam.parse(req.params);
    res.json(await versions.restore(currentUser(res), id, vid));
  });
  r.get('/:id/diff', async (req, res) => {
    const { id } = billIdParam.parse(req.params);
    const { from, to } = diffQuery.parse(req.query);
    res.json(await versions.compare(currentUser(res), id, from, to));
  });
  return r;
}
