// Boot: config → storage → server → listen; stores every room on SIGINT/SIGTERM.
import { join } from 'node:path';
import { loadConfig } from './config';
import { createServer } from './createServer';
import { createSqliteStorage } from './storage/sqlite/SqliteStorage';

const config = loadConfig();
const storage = createSqliteStorage({ file: join(config.dataDir, 'billwright.sqlite'), synchronous: config.sqlite.synchronous });
const server = createServer(config, storage);
const address = await server.listen();
server.log.info('Billwright is listening', {
  url: `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`,
  dataDir: config.dataDir,
  storage: storage.driver,
});

// Start the PDF worker(s) now, in the background, so the first export does not wait for them to load.
const pdfStarted = performance.now();
server.pdf.start().then(
  () => server.log.info('PDF renderer ready', { workers: config.pdf.workers, ms: Math.round(performance.now() - pdfStarted) }),
  (err: unknown) => server.log.error('PDF renderer did not start', { err: String(err) }),
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  server.log.info('shutting down', { signal });
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
