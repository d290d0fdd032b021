// A real Billwright server on port 0 with a real SQLite file in a temp dir (or given dir for restarts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testConfig, type Config } from '../../server/src/config';
import { createServer, type BillwrightServer } from '../../server/src/createServer';
import { createSqliteStorage } from '../../server/src/storage/sqlite/SqliteStorage';

export interface TestServer {
  server: BillwrightServer;
  url: string;
  wsUrl: string;
  dataDir: string;
  close(): Promise<void>;
  /** Removes the data dir (after close). */
  cleanup(): void;
}

export async function startTestServer(opts: { dataDir?: string; config?: Partial<Config> } = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'bw-test-'));
  const config = testConfig({ dataDir, host: '127.0.0.1', clientDir: join(dataDir, 'no-client'), ...opts.config });
  const storage = createSqliteStorage({ file: join(dataDir, 'billwright.sqlite') });
  const server = createServer(config, storage);
  const { port } = await server.listen();
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    dataDir,
    close: () => server.close(),
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** JSON request helper that returns status and parsed body. */
export async function api<T = unknown>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(base + path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
  // Non-JSON answers (PDF, XML) come back as their text.
  return { status: res.status, body: (isJson && text ? JSON.parse(text) : text || null) as T };
}
