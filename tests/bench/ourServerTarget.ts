// Our server (server/src/index.ts) as a child process on a fresh SQLite data dir.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchTarget, RoomRef } from './BenchTarget';
import { ChildServer } from './ChildServer';
import { freePort } from './freePort';

export function ourServerTarget(repoRoot: string): BenchTarget {
  return {
    name: 'ours',
    label: 'Billwright (SQLite)',
    async start(registry) {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'bw-bench-'));
      const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
      const forgetCleanup = registry.addCleanup(removeDataDir);
      const base = `http://127.0.0.1:${port}`;
      const server = await ChildServer.start(
        {
          name: 'our server',
          command: process.execPath,
          // BENCH_OURS_NODE_ARGS: extra node flags for profiling, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
          args: [
            ...(process.env.BENCH_OURS_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
            '--import',
            'tsx',
            'server/src/index.ts',
          ],
          cwd: repoRoot,
          env: {
            ...process.env,
            PORT: String(port),
            HOST: '127.0.0.1',
            DATA_DIR: dataDir,
            LOG_LEVEL: 'warn',
          },
          readyUrl: `${base}/healthz`,
        },
        registry,
      ).catch((err: unknown) => {
        removeDataDir();
        forgetCleanup();
        throw err;
      });
      return {
        pid: server.pid,
        async prepareRooms(count) {
          const headers = await signIn(base);
          const rooms: RoomRef[] = [];
          for (let i = 0; i < count; i++) {
            const res = await fetch(`${base}/api/bills`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...headers },
              body: JSON.stringify({ title: 'bench', lang: 'ja' }),
            });
            const body = (await res.json()) as { id?: unknown };
            if (res.status !== 201 || typeof body.id !== 'string') {
              throw new Error(`POST /api/bills answered ${res.status}: ${JSON.stringify(body)}`);
            }
            rooms.push({ serverUrl: `ws://127.0.0.1:${port}/collab`, room: body.id, headers });
          }
          return rooms;
        },
        logLines: () => server.logLines,
        diskBytes: () => readdirSync(dataDir).reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0),
        async stop() {
          const result = await server.stop();
          removeDataDir();
          forgetCleanup();
          return result;
        },
      };
    },
  };
}

/**
 * Registers the fresh server's first account (it becomes admin and owns the bills it creates) and returns
 * the session cookie as request headers, shared by the API calls and every bench socket. Servers without
 * accounts (404) need no headers.
 */
async function signIn(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'bench-password-1', displayName: 'Bench' }),
  });
  const text = await res.text();
  if (res.status === 404) return {};
  if (!res.ok) throw new Error(`POST /api/auth/register answered ${res.status}: ${text}`);
  const cookies = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter(Boolean);
  if (!cookies.length) throw new Error('POST /api/auth/register set no session cookie');
  return { cookie: cookies.join('; ') };
}
