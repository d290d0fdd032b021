// Contracts of the collaboration layer: hooks (Hocuspocus-style extensions) and typed transaction origins.
import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../../../core/auth/roles';

/** Who changed a Y.Doc: a client connection, the server itself, storage on load, another process, or an import. */
export type TxOrigin =
  | { kind: 'client'; connectionId: number }
  | { kind: 'server'; reason: string }
  | { kind: 'load' }
  | { kind: 'redis' }
  | { kind: 'import' };

/** What a hook knows about a connection. Authorize hooks may set readOnly and user. */
export interface ConnectionContext {
  id: number;
  roomName: string;
  request: IncomingMessage;
  readOnly: boolean;
  user: { id: string; name: string } | null;
  role: Role | null;
}

/** A loaded room as hooks see it. */
export interface RoomHandle {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** True when the document is being deleted: hooks must not keep anything of it. */
  readonly discarded?: boolean;
}

/** Thrown by an authorize hook to refuse a connection with a close code (4401, 4403, 4404 …). */
export class CollabRefusal extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(reason);
  }
}

/** One collaboration hook; a server runs an ordered list of them. Every method is optional. */
export interface CollabHook {
  readonly name: string;
  /** Decide whether the connection may join; throw CollabRefusal to refuse. */
  onAuthorize?(ctx: ConnectionContext): Promise<void> | void;
  /** Fill a freshly created room's doc from storage (before any client sees it). */
  onLoad?(room: RoomHandle): Promise<void> | void;
  /** A change was applied; resolve once it is durable. Runs before the change is relayed to anyone. */
  onChange?(room: RoomHandle, update: Uint8Array, origin: TxOrigin): Promise<void> | void;
  /** Compact/store the room's state (debounced after changes, and when the room unloads). */
  onStore?(room: RoomHandle): Promise<void> | void;
  onDisconnect?(room: RoomHandle, ctx: ConnectionContext): Promise<void> | void;
  /** The room is being unloaded after its state was stored. */
  onUnload?(room: RoomHandle): Promise<void> | void;
}
