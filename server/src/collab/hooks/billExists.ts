// Refuses rooms for bills that do not exist (4404), and touches a bill's updatedAt when its text is stored.
import { CloseCode } from '../../../../core/collab/closeCodes';
import { parseRoomName } from '../../../../core/collab/roomNames';
import type { BillStore } from '../../storage/types';
import { CollabRefusal, type CollabHook } from '../types';

export function billExistsHook(bills: BillStore): CollabHook {
  const dirty = new Set<string>();
  return {
    name: 'billExists',
    async onAuthorize(ctx) {
      if (!(await bills.get(parseRoomName(ctx.roomName).billId))) throw new CollabRefusal(CloseCode.NotFound, 'no such bill');
    },
    onChange(room) {
      dirty.add(room.name);
    },
    async onStore(room) {
      if (dirty.delete(room.name)) await bills.touch(room.name);
    },
  };
}
