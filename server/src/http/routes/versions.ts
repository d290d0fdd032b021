// /api/bills/:id/versions and /api/bills/:id/diff: validate → authorize (policy, inside the use case) →
// use case → present.
import { Router } from 'express';
import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { z } from 'zod';
import { clientAutoReasons } from '../../domain/versionAuto';
import type { VersionService } from '../../domain/VersionService';
import { currentUser } from '../middleware/authenticate';
import { billIdParam } from '../schemas';

const versionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'malformed version id');
const versionParam = billIdParam.extend({ vid: versionId });
const createVersionBody = z.object({
  label: z.string().trim().min(1, 'label must not be empty').max(200, 'label is at most 200 characters'),
  note: z.string().trim().max(2000, 'note is at most 2000 characters').optional(),
});
/** A client's `Y.encodeSnapshotV2(Y.snapshot(doc))`, base64: what it had when it asked. */
const yjsSnapshot = z
  .string()
  .max(1_000_000, 'seen is at most 1,000,000 characters')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'seen must be base64')
  .transform((text, ctx) => {
    try {
      return Y.decodeSnapshotV2(fromBase64(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'seen is not a Yjs snapshot' });
      return z.NEVER;
    }
  });
const autoVersionBody = z.object({
  reason: z.enum(clientAutoReasons),
  seen: yjsSnapshot.optional(),
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
  // An automatic version right before a client replaces text (clause alternatives, template operations).
  r.post('/:id/versions/auto', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    const version = await versions.snapshotBefore(user, id, autoVersionBody.parse(req.body));
    res.status(version ? 201 : 200).json({ version });
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
