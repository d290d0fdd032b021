// The caller's role on the bill decides whether it may join (4403) and whether it may write.
import { CloseCode } from '../../../../core/collab/closeCodes';
import { parseRoomName } from '../../../../core/collab/roomNames';
import { can } from '../../policies/policy';
import type { MemberStore } from '../../storage/types';
import { CollabRefusal, type CollabHook } from '../types';

export function billRoleHook(members: MemberStore): CollabHook {
  return {
    name: 'billRole',
    async onAuthorize(ctx) {
      const role = ctx.user ? await members.get(parseRoomName(ctx.roomName).billId, ctx.user.id) : null;
      if (!can(role, 'bill.read')) throw new CollabRefusal(CloseCode.Forbidden, 'no access to this bill');
      ctx.role = role;
      ctx.readOnly = !can(role, 'bill.edit');
    },
  };
}
