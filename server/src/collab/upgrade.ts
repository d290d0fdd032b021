// HTTP upgrade → collab socket. Paths other than /collab/<billId> and /collab/<billId>:review are refused
// at the HTTP level.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { roomFromPath } from '../../../core/collab/roomNames';
import type { CollabServer } from './CollabServer';

export function attachUpgrade(http: Server, collab: CollabServer): void {
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const roomName = roomFromPath(url.pathname)?.room ?? null;
    if (!roomName) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    collab.wss.handleUpgrade(request, socket, head, (ws) => {
      void collab.handleConnection(ws, request, roomName);
    });
  });
}
