// One client socket: size limit, keepalive, and a typed origin. It parses; the Room decides.
import type WebSocket from 'ws';
import type { ConnectionContext, TxOrigin } from './types';

export class Connection {
  readonly origin: TxOrigin;
  /** Awareness client ids this connection speaks for (removed when it closes). */
  readonly awarenessIds = new Set<number>();
  private alive = true;
  private closed = false;

  constructor(
    readonly ws: WebSocket,
    readonly ctx: ConnectionContext,
  ) {
    this.origin = { kind: 'client', connectionId: ctx.id };
    ws.on('pong', () => {
      this.alive = true;
    });
  }

  get readOnly(): boolean {
    return this.ctx.readOnly;
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(message, (err) => {
      if (err) this.close(1011, 'send failed');
    });
  }

  /** Keepalive: terminates a socket that did not answer the previous ping. */
  ping(): void {
    if (!this.alive) {
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code, reason);
  }
}
