// The room server: accepts sockets, runs authorize hooks, routes messages to rooms, and loads/unloads
// rooms. No module-global state: everything lives on the instance (DESIGN.md §1, §4).
import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode, closeReasons } from '../../../core/collab/closeCodes';
import type { Logger } from '../logger';
import { Connection } from './Connection';
import { docCovers } from './docCovers';
import { Room, type StoreTiming } from './Room';
import { CollabRefusal, type CollabHook, type ConnectionContext } from './types';

export interface CollabServerOptions {
  hooks: CollabHook[];
  log: Logger;
  /** Messages larger than this close the connection with 4413. */
  maxMessageBytes: number;
  pingIntervalMs: number;
  storeTiming: StoreTiming;
}

export class CollabServer {
  readonly wss: WebSocketServer;
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private nextConnectionId = 1;
  private readonly pingTimer: NodeJS.Timeout;

  constructor(private readonly opts: CollabServerOptions) {
    // ws enforces a hard ceiling (close 1009) well above our own limit, which answers 4413.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxMessageBytes * 2, perMessageDeflate: false });
    this.pingTimer = setInterval(() => {
      for (const room of this.rooms.values()) for (const conn of room.connections) conn.ping();
    }, opts.pingIntervalMs);
    this.pingTimer.unref();
  }

  /** Number of loaded rooms (for tests and health). */
  get roomCount(): number {
    return this.rooms.size;
  }

  /** The loaded room, if any. */
  getLoadedRoom(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  /** The current state of a document: from its live room when loaded, else freshly loaded (and released). */
  async readState(name: string): Promise<Uint8Array> {
    const live = this.rooms.get(name);
    if (live) return Y.encodeStateAsUpdate(live.doc);
    await this.unloading.get(name);
    const room = new Room(name, this.opts.hooks, this.opts.log, this.opts.storeTiming);
    try {
      for (const hook of this.opts.hooks) await hook.onLoad?.(room);
      return Y.encodeStateAsUpdate(room.doc);
    } finally {
      room.awareness.destroy();
      room.doc.destroy();
    }
  }

  /**
   * The current state of a document once it holds everything in `seen` (a client's `Y.snapshot`). A client's
   * last edits travel over its socket and may not have reached the room when its HTTP request does: wait for
   * them in the live room, up to `timeoutMs`. Null when they did not arrive (e.g. its socket is down).
   */
  async readStateCovering(name: string, seen: Y.Snapshot, timeoutMs: number): Promise<Uint8Array | null> {
    const live = this.rooms.get(name);
    if (live) {
      const state = await new Promise<Uint8Array | null>((resolve) => {
        const check = () => {
          if (!docCovers(live.doc, seen)) return;
          finish(Y.encodeStateAsUpdate(live.doc));
        };
        const finish = (state: Uint8Array | null) => {
          clearTimeout(timer);
          live.doc.off('update', check);
          resolve(state);
        };
        const timer = setTimeout(() => finish(null), timeoutMs);
        live.doc.on('update', check);
        check();
      });
      if (state) return state;
    }
    // Not loaded, or unloaded while we waited: what is stored is all there is.
    const state = await this.readState(name);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      return docCovers(doc, seen) ? state : null;
    } finally {
      doc.destroy();
    }
  }

  /** Applies a server-side change to a document (through its live room when loaded, so clients get it). */
  async withRoom<T>(name: string, fn: (room: Room) => T): Promise<T> {
    const room = await this.getRoom(name);
    try {
      return fn(room);
    } finally {
      await room.store();
      if (room.connections.size === 0) await this.release(name, room);
    }
  }

  /** Upgraded socket → authorized connection in its room, or a 44xx close. */
  async handleConnection(ws: WebSocket, request: IncomingMessage, roomName: string): Promise<void> {
    const ctx: ConnectionContext = { id: this.nextConnectionId++, roomName, request, readOnly: false, user: null, role: null };
    // Buffer messages that arrive while we authorize and load.
    const early: RawData[] = [];
    const buffer = (data: RawData) => early.push(data);
    ws.on('message', buffer);
    ws.on('error', (err) => this.opts.log.debug('socket error', { err: String(err) }));
    let room: Room;
    try {
      for (const hook of this.opts.hooks) await hook.onAuthorize?.(ctx);
      room = await this.getRoom(roomName);
    } catch (err) {
      const code = err instanceof CollabRefusal ? err.code : 1011;
      if (!(err instanceof CollabRefusal)) this.opts.log.error('room load failed', { room: roomName, err: String(err) });
      ws.close(code, closeReasons[code] ?? 'server error');
      return;
    }
    if (ws.readyState !== ws.OPEN) {
      if (room.connections.size === 0) await this.release(roomName, room);
      return;
    }
    const conn = new Connection(ws, ctx);
    ws.off('message', buffer);
    ws.on('message', (data, isBinary) => this.onMessage(room, conn, data, isBinary));
    ws.on('close', () => {
      if (room.leave(conn)) void this.release(roomName, room);
    });
    room.join(conn);
    for (const data of early) this.onMessage(room, conn, data, true);
  }

  private onMessage(room: Room, conn: Connection, data: RawData, isBinary: boolean): void {
    const bytes = toBytes(data);
    if (bytes.byteLength > this.opts.maxMessageBytes) {
      conn.close(CloseCode.TooLarge, closeReasons[CloseCode.TooLarge] ?? '');
      return;
    }
    try {
      if (!isBinary) throw new Error('text frame');
      room.receive(conn, bytes);
    } catch (err) {
      this.opts.log.debug('malformed message', { room: room.name, err: String(err) });
      conn.close(CloseCode.Malformed, closeReasons[CloseCode.Malformed] ?? '');
    }
  }

  private getRoom(name: string): Promise<Room> {
    const loaded = this.rooms.get(name);
    if (loaded) return Promise.resolve(loaded);
    let pending = this.loading.get(name);
    if (!pending) {
      pending = (async () => {
        await this.unloading.get(name);
        const room = new Room(name, this.opts.hooks, this.opts.log, this.opts.storeTiming);
        await room.load();
        this.rooms.set(name, room);
        return room;
      })().finally(() => this.loading.delete(name));
      this.loading.set(name, pending);
    }
    return pending;
  }

  /** Stores and unloads an empty room; a client that joins meanwhile waits, then loads it afresh. */
  private release(name: string, room: Room): Promise<void> {
    if (this.rooms.get(name) !== room || room.connections.size > 0) return Promise.resolve();
    this.rooms.delete(name);
    const done = room
      .unload()
      .catch((err: unknown) => this.opts.log.error('room unload failed', { room: name, err: String(err) }))
      .finally(() => {
        if (this.unloading.get(name) === done) this.unloading.delete(name);
      });
    this.unloading.set(name, done);
    return done;
  }

  /**
   * Re-runs the authorize hooks for a user's open connections in a room (their role changed): a refused
   * connection is closed with its code; one whose write access changed is switched at once and closed
   * with 4001 so the client reconnects and learns its new permissions.
   */
  async reauthorize(roomName: string, userId: string): Promise<void> {
    const room = this.rooms.get(roomName);
    if (!room) return;
    for (const conn of [...room.connections]) {
      if (conn.ctx.user?.id !== userId) continue;
      const fresh: ConnectionContext = { ...conn.ctx, readOnly: false, role: null };
      try {
        for (const hook of this.opts.hooks) await hook.onAuthorize?.(fresh);
      } catch (err) {
        conn.ctx.readOnly = true;
        const code = err instanceof CollabRefusal ? err.code : CloseCode.Forbidden;
        conn.close(code, closeReasons[code] ?? 'access revoked');
        continue;
      }
      const changed = fresh.readOnly !== conn.ctx.readOnly || fresh.role !== conn.ctx.role;
      conn.ctx.readOnly = fresh.readOnly;
      conn.ctx.role = fresh.role;
      if (changed) conn.close(CloseCode.PermissionsChanged, 'permissions changed');
    }
  }

  /** Closes every connection of a room and unloads it without storing (the document is being deleted). */
  async discardRoom(name: string, code: number, reason: string): Promise<void> {
    await this.loading.get(name)?.catch(() => undefined);
    const room = this.rooms.get(name);
    if (room) {
      room.discarded = true;
      room.closeAll(code, reason);
      room.connections.clear();
      await this.release(name, room);
    }
    await this.unloading.get(name);
  }

  /** Stores every room and closes every socket. */
  async close(): Promise<void> {
    clearInterval(this.pingTimer);
    const rooms = [...this.rooms.entries()];
    for (const [, room] of rooms) room.closeAll(CloseCode.GoingAway, 'server shutting down');
    for (const [name, room] of rooms) {
      room.connections.clear();
      await this.release(name, room);
    }
    await Promise.all([...this.unloading.values()]);
    this.wss.close();
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
