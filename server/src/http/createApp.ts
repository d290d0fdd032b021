// The express app: JSON API, health, and the built client with SPA fallback.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BillService } from '../domain/BillService';
import type { Logger } from '../logger';
import type { Storage } from '../storage/types';
import { apiNotFound, errorHandler } from './errors';
import { billRoutes } from './routes/bills';

export interface AppDeps {
  storage: Storage;
  bills: BillService;
  log: Logger;
  clientDir: string;
}

export function createApp({ storage, bills, log, clientDir }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.get('/healthz', async (_req, res) => {
    try {
      await storage.ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const api = express.Router();
  api.use(express.json({ limit: '2mb' }));
  api.use('/bills', billRoutes(bills));
  api.use(apiNotFound);
  app.use('/api', api);

  if (existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(join(clientDir, 'index.html')));
  }
  app.use(errorHandler(log));
  return app;
}
