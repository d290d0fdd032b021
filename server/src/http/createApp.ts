// The express app: security headers, JSON API with session auth and CSRF defence, health, and the
// built client with SPA fallback.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import type { AuthService } from '../domain/AuthService';
import type { BillService } from '../domain/BillService';
import type { MemberService } from '../domain/MemberService';
import type { VersionService } from '../domain/VersionService';
import type { ReviewNotifications } from '../domain/reviewNotifications';
import type { ReviewService } from '../domain/ReviewService';
import type { ReviewWaivers } from '../domain/reviewWaivers';
import type { ExportService } from '../export/ExportService';
import type { ImportService } from '../export/ImportService';
import type { Logger } from '../logger';
import type { Storage } from '../storage/types';
import type { TemplateCatalog } from '../templates/TemplateCatalog';
import { apiNotFound, errorHandler } from './errors';
import { authenticate } from './middleware/authenticate';
import { sameOriginOnly } from './middleware/sameOrigin';
import { securityHeaders } from './middleware/securityHeaders';
import { authRoutes } from './routes/auth';
import { billRoutes } from './routes/bills';
import { exportRoutes } from './routes/export';
import { lintRoutes } from './routes/lint';
import { notificationRoutes } from './routes/notifications';
import { reviewRoutes } from './routes/review';
import { settingsRoutes, userRoutes } from './routes/users';
import { templateRoutes } from './routes/templates';
import { versionRoutes } from './routes/versions';

export interface AppDeps {
  storage: Storage;
  auth: AuthService;
  bills: BillService;
  members: MemberService;
  log: Logger;
  config: Config;
  templates: TemplateCatalog;
  versions: VersionService;
  review: { threads: ReviewService; waivers: ReviewWaivers; notifications: ReviewNotifications };
  exporting: { exports: ExportService; importer: ImportService };
}

export function createApp({ storage, auth, bills, members, log, config, templates, review, versions, exporting }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);

  app.get('/healthz', async (_req, res) => {
    try {
      await storage.ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const api = express.Router();
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(sameOriginOnly(config.auth.allowedOrigins));
  api.use(express.json({ limit: '2mb' }));
  api.use(authenticate(auth));
  api.use('/auth', authRoutes(auth, config.auth.cookieSecure));
  api.use('/users', userRoutes(auth));
  api.use('/settings', settingsRoutes(auth, storage.audit));
  api.use('/bills', billRoutes(bills, members));
  api.use('/bills', versionRoutes(versions));
  api.use('/bills', exportRoutes(exporting.exports, exporting.importer));
  api.use(lintRoutes(bills, undefined, review.waivers));
  api.use(reviewRoutes(review.threads, review.waivers));
  api.use('/notifications', notificationRoutes(review.notifications));
  api.use('/templates', templateRoutes(templates));
  api.use(apiNotFound);
  app.use('/api', api);

  if (existsSync(join(config.clientDir, 'index.html'))) {
    app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(join(config.clientDir, 'index.html')));
  }
  app.use(errorHandler(log));
  return app;
}
