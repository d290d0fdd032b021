// Review rooms (`<billId>:review`) are written only by the server (ReviewService, through the live room):
// every client connection to one is read-only, whatever its role. Runs after billRole, which decides
// who may join (any member) from the bill id part of the room name.
import { parseRoomName } from '../../../../core/collab/roomNames';
import type { CollabHook } from '../types';

export function reviewReadOnlyHook(): CollabHook {
  return {
    name: 'reviewReadOnly',
    onAuthorize(ctx) {
      if (parseRoomName(ctx.roomName).kind === 'review') ctx.readOnly = true;
    },
  };
}
