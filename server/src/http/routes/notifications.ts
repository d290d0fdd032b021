// In-app notifications (review mentions) of the signed-in user: GET /notifications, POST /notifications/read.
import { Router } from 'express';
import type { ReviewNotifications } from '../../domain/reviewNotifications';
import { currentUser } from '../middleware/authenticate';
import { markReadBody } from '../reviewSchemas';

export function notificationRoutes(notifications: ReviewNotifications): Router {
  const r = Router();
  r.get('/', async (_req, res) => {
    res.json(await notifications.list(currentUser(res)));
  });
  r.post('/read', async (req, res) => {
    const user = currentUser(res);
    const { ids } = markReadBody.parse(req.body ?? {});
    res.json(await notifications.markRead(user, ids ?? 'all'));
  });
  return r;
}
