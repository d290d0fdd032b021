// Persistence hook: loads a room from the DocStore, appends every change before it is relayed, and
// compacts the log into a snapshot when the room stores.
import * as Y from 'yjs';
import type { DocStore } from '../../storage/types';
import type { CollabHook, RoomHandle } from '../types';

export function persistenceHook(docs: DocStore): CollabHook {
  // Last appended sequence number per loaded room; a snapshot covers everything up to it.
  const lastSeq = new Map<string, number>();
  const appendedSinceStore = new Map<string, number>();
  return {
    name: 'persistence',
    async onLoad(room: RoomHandle) {
      const stored = await docs.load(room.name);
      Y.transact(
        room.doc,
        () => {
          if (stored.snapshot) Y.applyUpdate(room.doc, stored.snapshot);
          for (const u of stored.updates) Y.applyUpdate(room.doc, u);
        },
        { kind: 'load' },
      );
      lastSeq.set(room.name, stored.lastSeq);
      appendedSinceStore.set(room.name, stored.updates.length);
    },
    async onChange(room, update) {
      const seq = await docs.appendUpdate(room.name, update);
      lastSeq.set(room.name, seq);
      appendedSinceStore.set(room.name, (appendedSinceStore.get(room.name) ?? 0) + 1);
    },
    async onStore(room) {
      if (!appendedSinceStore.get(room.name)) return;
      await docs.storeSnapshot(room.name, Y.encodeStateAsUpdate(room.doc), lastSeq.get(room.name) ?? 0);
      appendedSinceStore.set(room.name, 0);
    },
    onUnload(room) {
      lastSeq.delete(room.name);
      appendedSinceStore.delete(room.name);
    },
  };
}
