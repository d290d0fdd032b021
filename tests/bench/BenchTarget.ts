// A server the bench can run the same load against (ours, the reference y-websocket server, …).
import type { ChildRegistry } from './ChildRegistry';
import type { StopResult } from './ChildServer';

/** Where one room's clients connect: WebsocketProvider(serverUrl, room, …). */
export interface RoomRef {
  serverUrl: string;
  room: string;
  /** Extra upgrade headers (e.g. a session cookie once accounts exist). */
  headers?: Record<string, string>;
}

export interface RunningTarget {
  pid: number;
  /** Creates (and, once needed, logs into) `count` rooms; the one place a target's setup lives. */
  prepareRooms(count: number): Promise<RoomRef[]>;
  /** Log lines the server wrote so far. */
  logLines(): string[];
  /** Bytes the server keeps on disk (0 for in-memory servers). */
  diskBytes(): number;
  /** Stops the server and removes its temp data. */
  stop(): Promise<StopResult>;
}

export interface BenchTarget {
  name: 'ours' | 'reference';
  label: string;
  start(registry: ChildRegistry): Promise<RunningTarget>;
}
