// Composition root: wires storage, domain, HTTP and collaboration. Never listens by itself.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CollabServer } from './collab/CollabServer';
import { billExistsHook } from './collab/hooks/billExists';
import { persistenceHook } from './collab/hooks/persistence';
import { attachUpgrade } from './collab/upgrade';
import type { Config } from './config';
import { BillService } from './domain/BillService';
import { createApp } from './http/createApp';
import { createLogger, type Logger } from './logger';
import type { Storage } from './storage/types';

export interface BillwrightServer {
  http: Server;
  collab: CollabServer;
  storage: Storage;
  bills: BillService;
  log: Logger;
  /** Listens on the configured port (0 = any free port); resolves with the address. */
  listen(): Promise<AddressInfo>;
  /** Stores every open room, closes sockets and the HTTP server, then storage. */
  close(): Promise<void>;
}

export function createServer(config: Config, storage: Storage): BillwrightServer {
  const log = createLogger(config.logLevel);
  const collab = new CollabServer({
    hooks: [billExistsHook(storage.bills), persistenceHook(storage.docs)],
    log,
    maxMessageBytes: config.collab.maxMessageBytes,
    pingIntervalMs: config.collab.pingIntervalMs,
    storeDebounceMs: config.collab.storeDebounceMs,
  });
  const bills = new BillService(storage, collab);
  const app = createApp({ storage, bills, log, clientDir: config.clientDir });
  const http = createHttpServer(app);
  attachUpgrade(http, collab);

  return {
    http,
    collab,
    storage,
    bills,
    log,
    listen: () =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => resolve(http.address() as AddressInfo));
      }),
    async close() {
      await collab.close();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await storage.close();
    },
  };
}
