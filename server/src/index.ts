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
