// One bill's live document: the Y.Doc, awareness and connections. Every change is made durable by the
// hooks before it is relayed (DESIGN.md §4); persistence work runs through one ordered queue per room.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode } from '../../../core/collab/closeCodes';
import type { Logger } from '../logger';
import type { Connection } from './Connection';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, MalformedMessage, MessageType, SyncType } from './protocol';
import type { CollabHook, RoomHandle, TxOrigin } from './types';

/** When a room compacts its log into a snapshot. */
export interface StoreTiming {
  debounceMs: number;
  maxWaitMs: number;
}

export class Room implements RoomHandle {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  private queue: Promise<void> = Promise.resolve();
  private storeTimer: NodeJS.Timeout | null = null;
  /** When the oldest change not yet compacted arrived (null when everything is stored). */
  private dirtySince: number | null = null;
  private failed = false;
  /** Set when the document was deleted: unload must not store it again. */
  discarded = false;

  constructor(
    readonly name: string,
    private readonly hooks: readonly CollabHook[],
    private readonly log: Logger,
    private readonly storeTiming: StoreTiming,
  ) {
    // The server holds no awareness state of its own.
    this.awareness.setLocalState(null);
  }

  /** Loads state through the hooks, then starts listening: loaded content is never re-persisted. */
  async load(): Promise<void> {
    for (const hook of this.hooks) await hook.onLoad?.(this);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin as TxOrigin));
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Runs `task` after every earlier persistence task, in order. */
  private enqueue(task: () => Promise<void> | void): Promise<void> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => {});
    return next;
  }

  private onDocUpdate(update: Uint8Array, origin: TxOrigin | undefined): void {
    const source = origin ?? { kind: 'server', reason: 'unknown' };
    this.enqueue(async () => {
      for (const hook of this.hooks) await hook.onChange?.(this, update, source);
      const message = encodeUpdate(update);
      for (const conn of this.connections) if (conn.origin !== source) conn.send(message);
    }).catch((err: unknown) => this.fail(err));
    this.scheduleStore();
  }

  /** Storage failed: nothing unpersisted may be relayed; clients reconnect and resend their state. */
  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.log.error('room persistence failed; closing its connections', { room: this.name, err: String(err) });
    for (const conn of this.connections) conn.close(1011, 'storage failure');
  }

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const from = [...this.connections].find((c) => c.origin === origin);
    if (from) {
      // A client that comes back after a disconnect is reported as `updated` (y-protocols keeps its meta),
      // so both lists mark the ids this connection speaks for.
      for (const id of [...added, ...updated]) from.awarenessIds.add(id);
      for (const id of removed) from.awarenessIds.delete(id);
    }
    const message = encodeAwareness(this.awareness, changed);
    for (const conn of this.connections) conn.send(message);
  };

  /**
   * Compaction is debounced: it runs once editing pauses for `debounceMs`, and at the latest `maxWaitMs`
   * after the first change not yet compacted. Encoding a whole large doc is costly; storing every couple of
   * seconds under continuous editing would block the event loop (found by the collab benchmark).
   */
  private scheduleStore(): void {
    const now = Date.now();
    this.dirtySince ??= now;
    if (this.storeTimer) clearTimeout(this.storeTimer);
    const { debounceMs, maxWaitMs } = this.storeTiming;
    const delay = Math.max(0, Math.min(debounceMs, this.dirtySince + maxWaitMs - now));
    this.storeTimer = setTimeout(() => {
      this.storeTimer = null;
      void this.store().catch((err: unknown) => this.log.warn('store failed', { room: this.name, err: String(err) }));
    }, delay);
    this.storeTimer.unref();
  }

  /** Stores (compacts) the room's state after all pending changes are durable. */
  store(): Promise<void> {
    this.dirtySince = null;
    return this.enqueue(async () => {
      for (const hook of this.hooks) await hook.onStore?.(this);
    });
  }

  /** A new client: send our state vector and everyone's awareness. */
  join(conn: Connection): void {
    this.connections.add(conn);
    conn.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length) conn.send(encodeAwareness(this.awareness, states));
  }

  /** Removes a connection and its awareness states; true when the room is now empty. */
  leave(conn: Connection): boolean {
    if (!this.connections.delete(conn)) return this.connections.size === 0;
    if (conn.awarenessIds.size) awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    for (const hook of this.hooks) {
      Promise.resolve(hook.onDisconnect?.(this, conn.ctx)).catch((err: unknown) =>
        this.log.warn('disconnect hook failed', { hook: hook.name, err: String(err) }),
      );
    }
    return this.connections.size === 0;
  }

  /** Handles one binary message from a client. Throws MalformedMessage on protocol violations. */
  receive(conn: Connection, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync:
        this.receiveSync(conn, decoder);
        break;
      case MessageType.Awareness:
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), conn.origin);
        break;
      case MessageType.QueryAwareness:
        conn.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        break;
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes after message');
  }

  private receiveSync(conn: Connection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === SyncType.Step1) {
      conn.send(encodeSyncStep2(this.doc, payload));
    } else if (syncType === SyncType.Step2 || syncType === SyncType.Update) {
      // Read-only connections: every write is dropped whole (never filtered piece by piece).
      if (conn.readOnly) return;
      Y.applyUpdate(this.doc, payload, conn.origin);
    } else {
      throw new MalformedMessage(`unknown sync message type ${syncType}`);
    }
  }

  /** Closes every connection (bill deleted, shutdown). */
  closeAll(code: number = CloseCode.GoingAway, reason = 'room closed'): void {
    for (const conn of this.connections) conn.close(code, reason);
  }

  /** Stores state and releases the room. */
  async unload(): Promise<void> {
    if (this.storeTimer) clearTimeout(this.storeTimer);
    this.storeTimer = null;
    if (!this.failed && !this.discarded) await this.store();
    else await this.queue;
    for (const hook of this.hooks) await hook.onUnload?.(this);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
