// Members of a bill: list, add or change a role, remove. Owners manage; the last owner stays.
// Every change is audited and reaches open sockets at once (AccessChanges).
import type { BillMember, PublicUser, Role } from '../../../core/auth/roles';
import type { AuditEntry, Storage } from '../storage/types';
import type { BillService } from './BillService';
import { DomainError, notFound } from './errors';

/** Tells the collaboration layer that a user's access to a bill changed. */
export interface AccessChanges {
  accessChanged(billId: string, userId: string): Promise<void>;
}

export class MemberService {
  constructor(
    private readonly storage: Storage,
    private readonly bills: BillService,
    private readonly access: AccessChanges,
  ) {}

  async list(actor: PublicUser, billId: string): Promise<BillMember[]> {
    await this.bills.authorize(actor, billId, 'members.read');
    const rows = await this.storage.members.list(billId);
    const members = await Promise.all(
      rows.map(async ({ userId, role }) => {
        const u = await this.storage.users.getById(userId);
        return u ? { userId, username: u.username, displayName: u.displayName, role } : null;
      }),
    );
    return members.filter((m): m is BillMember => m !== null);
  }

  /** Adds a member or changes their role. */
  async set(actor: PublicUser, billId: string, username: string, role: Role): Promise<BillMember> {
    await this.bills.authorize(actor, billId, 'members.manage');
    const user = await this.storage.users.getByUsername(username);
    if (!user) throw new DomainError('not_found', `no user “${username}”`);
    const before = await this.storage.members.get(billId, user.id);
    if (before === 'owner' && role !== 'owner') await this.keepAnOwner(billId);
    await this.storage.members.set(billId, user.id, role);
    await this.storage.audit.append({
      billId,
      userId: actor.id,
      action: before ? 'member.role_changed' : 'member.added',
      detail: { username: user.username, ...(before ? { from: before } : {}), role },
    });
    await this.access.accessChanged(billId, user.id);
    return { userId: user.id, username: user.username, displayName: user.displayName, role };
  }

  async remove(actor: PublicUser, billId: string, username: string): Promise<void> {
    await this.bills.authorize(actor, billId, 'members.manage');
    const user = await this.storage.users.getByUsername(username);
    const role = user ? await this.storage.members.get(billId, user.id) : null;
    if (!user || !role) throw notFound('member');
    if (role === 'owner') await this.keepAnOwner(billId);
    await this.storage.members.remove(billId, user.id);
    await this.storage.audit.append({ billId, userId: actor.id, action: 'member.removed', detail: { username: user.username, role } });
    await this.access.accessChanged(billId, user.id);
  }

  async audit(actor: PublicUser, billId: string, limit = 200): Promise<(AuditEntry & { username: string | null })[]> {
    await this.bills.authorize(actor, billId, 'audit.read');
    const entries = await this.storage.audit.listForBill(billId, limit);
    const names = new Map<string, string>();
    for (const e of entries) {
      if (e.userId && !names.has(e.userId)) names.set(e.userId, (await this.storage.users.getById(e.userId))?.username ?? '?');
    }
    return entries.map((e) => ({ ...e, username: e.userId ? (names.get(e.userId) ?? null) : null }));
  }

  private async keepAnOwner(billId: string) {
    const owners = (await this.storage.members.list(billId)).filter((m) => m.role === 'owner');
    if (owners.length <= 1) throw new DomainError('conflict', 'a bill must keep at least one owner');
  }
}
