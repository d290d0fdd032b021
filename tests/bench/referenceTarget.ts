// The reference: @y/websocket-server 0.1.1's stock server (in-memory docs, no persistence).
import { join } from 'node:path';
import type { BenchTarget, RoomRef } from './BenchTarget';
import { ChildServer } from './ChildServer';
import { freePort } from './freePort';

export function referenceTarget(repoRoot: string): BenchTarget {
  return {
    name: 'reference',
    label: '@y/websocket-server 0.1.1 (memory)',
    async start(registry) {
      const port = await freePort();
      const server = await ChildServer.start(
        {
          name: 'reference server',
          command: process.execPath,
          args: [join(repoRoot, 'node_modules/@y/websocket-server/src/server.js')],
          cwd: repoRoot,
          // No YPERSISTENCE: the reference keeps documents in memory only.
          env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: undefined },
          readyUrl: `http://127.0.0.1:${port}/`,
        },
        registry,
      );
      return {
        pid: server.pid,
        async prepareRooms(count) {
          // Any room name works; the reference creates documents on first connect.
          return Array.from({ length: count }, (_, i): RoomRef => ({
            serverUrl: `ws://127.0.0.1:${port}`,
            room: `bench-${i}`,
          }));
        },
        logLines: () => server.logLines,
        diskBytes: () => 0,
        stop: () => server.stop(),
      };
    },
  };
}
