// Composition root: wires storage, domain, HTTP and collaboration. Never listens by itself.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reviewRoomName } from '../../core/collab/roomNames';
import { builtinRulePacks } from '../../core/rules/builtinRulePacks';
import { compileRules } from '../../core/rules/compileRules';
import { CollabServer } from './collab/CollabServer';
import { billExistsHook } from './collab/hooks/billExists';
import { billRoleHook } from './collab/hooks/billRole';
import { autoVersionHook } from './collab/hooks/autoVersion';
import { persistenceHook } from './collab/hooks/persistence';
import { reviewReadOnlyHook } from './collab/hooks/reviewReadOnly';
import { sessionAuthHook } from './collab/hooks/sessionAuth';
import { attachUpgrade } from './collab/upgrade';
import type { Config } from './config';
import { AuthService } from './domain/AuthService';
import { BillService } from './domain/BillService';
import { MemberService } from './domain/MemberService';
import { recordAutoVersion } from './domain/versionAuto';
import { VersionService } from './domain/VersionService';
import { ReviewDocs } from './domain/reviewDocs';
import { ReviewNotifications } from './domain/reviewNotifications';
import { ReviewService } from './domain/ReviewService';
import { ReviewWaivers } from './domain/reviewWaivers';
import { ExportService } from './export/ExportService';
import { ImportService } from './export/ImportService';
import { PdfRenderPool } from './export/PdfRenderPool';
import { InProcessPdfRenderer, type PdfRenderer } from './export/PdfRenderer';
import { createApp } from './http/createApp';
import { createLogger, type Logger } from './logger';
import type { Storage } from './storage/types';
import { loadTemplates } from './templates/loadTemplates';
import type { TemplateCatalog } from './templates/TemplateCatalog';

export interface BillwrightServer {
  http: Server;
  collab: CollabServer;
  storage: Storage;
  auth: AuthService;
  bills: BillService;
  members: MemberService;
  versions: VersionService;
  templates: TemplateCatalog;
  /** Where PDFs render (worker threads unless PDF_WORKERS=0); start() loads them ahead of the first export. */
  pdf: PdfRenderer;
  log: Logger;
  /** Listens on the configured port (0 = any free port); resolves with the address. */
  listen(): Promise<AddressInfo>;
  /** Stores every open room, stops the PDF workers, closes sockets and the HTTP server, then storage. */
  close(): Promise<void>;
}

export function createServer(config: Config, storage: Storage): BillwrightServer {
  const log = createLogger(config.logLevel);
  // A broken template stops the boot here, before anything listens (TemplateLoadError names file and path).
  const templates = loadTemplates(config.templatesDir);
  const auth = new AuthService(storage, config.auth);
  const collab = new CollabServer({
    // Order matters: who are you (4401), does the bill exist (4404), may you see it (4403), then load.
    hooks: [
      sessionAuthHook(auth, config.auth.allowedOrigins),
      billExistsHook(storage.bills),
      billRoleHook(storage.members),
      reviewReadOnlyHook(),
      persistenceHook(storage.docs),
      // After a period of editing (and when a changed room unloads), keep an automatic version.
      ...(config.versions.autoIntervalMs > 0
        ? [
            autoVersionHook(
              (billId, state) => recordAutoVersion(storage, { billId, state, reason: 'editing', authorId: null, keep: config.versions.autoKeep }),
              { intervalMs: config.versions.autoIntervalMs, log },
            ),
          ]
        : []),
    ],
    log,
    maxMessageBytes: config.collab.maxMessageBytes,
    pingIntervalMs: config.collab.pingIntervalMs,
    storeTiming: config.collab.storeTiming,
  });
  const bills = new BillService(storage, collab, templates);
  const members = new MemberService(storage, bills, {
    accessChanged: async (billId, userId) => {
      await collab.reauthorize(billId, userId);
      await collab.reauthorize(reviewRoomName(billId), userId);
    },
  });
  const reviewDocs = new ReviewDocs(collab);
  const notifications = new ReviewNotifications(storage);
  const threads = new ReviewService(storage, bills, reviewDocs, notifications);
  const waivers = new ReviewWaivers(bills, reviewDocs, threads, compileRules(builtinRulePacks));
  const review = { threads, waivers, notifications };
  const versions = new VersionService(storage, bills, collab, { autoKeep: config.versions.autoKeep, catchUpMs: config.versions.catchUpMs });
  // Worker threads start on the first PDF (or at boot: index.ts calls pdf.start()), and load the fonts once.
  const pdf: PdfRenderer = config.pdf.workers > 0 ? new PdfRenderPool({ size: config.pdf.workers, queueLimit: config.pdf.queueLimit, log }) : new InProcessPdfRenderer();
  const exports = new ExportService({ storage, bills, versions, waivers, rules: compileRules(builtinRulePacks), pdf });
  const exporting = { exports, importer: new ImportService(bills, storage) };
  const app = createApp({ storage, auth, bills, members, log, config, templates, review, versions, exporting });
  const http = createHttpServer(app);
  attachUpgrade(http, collab);
  const sweep = setInterval(() => void auth.sweepSessions().catch(() => {}), 3_600_000);
  sweep.unref();

  return {
    http,
    collab,
    storage,
    auth,
    bills,
    members,
    versions,
    templates,
    pdf,
    log,
    listen: () =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => resolve(http.address() as AddressInfo));
      }),
    async close() {
      clearInterval(sweep);
      await collab.close();
      await pdf.close();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await storage.close();
    },
  };
}
