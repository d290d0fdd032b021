// Automatic versions after a period of editing: the first client change after a version starts the
// clock; `intervalMs` later the room's state is kept as an automatic version. A room that unloads with
// changes not yet in a version is kept too. Only bill rooms (not `<billId>:review`) are versioned.
import * as Y from 'yjs';
import type { Logger } from '../../logger';
import type { CollabHook, RoomHandle } from '../types';

/** Stores an automatic version of a bill's state (update v1). */
export type RecordAutoVersion = (billId: string, state: Uint8Array) => Promise<unknown>;

export function autoVersionHook(record: RecordAutoVersion, opts: { intervalMs: number; log: Logger }): CollabHook {
  const pending = new Map<string, { room: RoomHandle; timer: NodeJS.Timeout | null }>();
  const keep = (room: RoomHandle) =>
    record(room.name, Y.encodeStateAsUpdate(room.doc)).catch((err: unknown) =>
      opts.log.warn('automatic version failed', { room: room.name, err: String(err) }),
    );
  return {
    name: 'autoVersion',
    onChange(room, _update, origin) {
      if (origin.kind !== 'client' || room.name.includes(':') || pending.has(room.name)) return;
      const entry: { room: RoomHandle; timer: NodeJS.Timeout | null } = { room, timer: null };
      entry.timer = setTimeout(() => {
        if (pending.get(room.name) !== entry) return;
        pending.delete(room.name);
        void keep(room);
      }, opts.intervalMs);
      entry.timer.unref();
      pending.set(room.name, entry);
    },
    async onUnload(room) {
      const entry = pending.get(room.name);
      if (!entry) return;
      pending.delete(room.name);
      if (entry.timer) clearTimeout(entry.timer);
      if (!room.discarded) await keep(room);
    },
  };
}
