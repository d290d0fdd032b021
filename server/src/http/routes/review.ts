// Review threads and waivers (CONTRACT.md): validate → authorize (policy, inside the use case) → use case
// → present. GET/POST /bills/:id/threads, POST …/threads/:tid/replies, PATCH …/threads/:tid { status },
// PATCH/DELETE …/threads/:tid/comments/:cid (own comments only).
import { Router } from 'express';
import type { ReviewService } from '../../domain/ReviewService';
import type { ReviewWaivers } from '../../domain/reviewWaivers';
import { currentUser } from '../middleware/authenticate';
import {
  commentBody,
  commentParam,
  createThreadBody,
  createWaiverBody,
  threadParam,
  threadStatusBody,
} from '../reviewSchemas';
import { billIdParam } from '../schemas';

export function reviewRoutes(review: ReviewService, waivers: ReviewWaivers): Router {
  const r = Router();
  r.get('/bills/:id/threads', async (req, res) => {
    res.json({ threads: await review.list(currentUser(res), billIdParam.parse(req.params).id) });
  });
  r.post('/bills/:id/threads', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    const kind = (req.body as { kind?: unknown } | undefined)?.kind;
    if (kind === 'waiver') {
      const { finding, body } = createWaiverBody.parse(req.body);
      res.status(201).json(await waivers.create(user, id, { ...finding, body }));
      return;
    }
    const { anchor, body } = createThreadBody.parse(req.body);
    res.status(201).json(await review.create(user, id, { anchor, body }));
  });
  r.get('/bills/:id/threads/:tid', async (req, res) => {
    const { id, tid } = threadParam.parse(req.params);
    res.json(await review.get(currentUser(res), id, tid));
  });
  r.post('/bills/:id/threads/:tid/replies', async (req, res) => {
    const user = currentUser(res);
    const { id, tid } = threadParam.parse(req.params);
    res.status(201).json(await review.reply(user, id, tid, commentBody.parse(req.body).body));
  });
  r.patch('/bills/:id/threads/:tid', async (req, res) => {
    const user = currentUser(res);
    const { id, tid } = threadParam.parse(req.params);
    res.json(await review.setStatus(user, id, tid, threadStatusBody.parse(req.body).status));
  });
  r.patch('/bills/:id/threads/:tid/comments/:cid', async (req, res) => {
    const user = currentUser(res);
    const { id, tid, cid } = commentParam.parse(req.params);
    res.json(await review.editComment(user, id, tid, cid, commentBody.parse(req.body).body));
  });
  r.delete('/bills/:id/threads/:tid/comments/:cid', async (req, res) => {
    const user = currentUser(res);
    const { id, tid, cid } = commentParam.parse(req.params);
    await review.deleteComment(user, id, tid, cid);
    res.status(204).end();
  });
  return r;
}
