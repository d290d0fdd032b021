// Typed calls for a bill's members (server/http/routes/bills.ts).
import type { BillMember, Role } from '../../../core/auth/roles';
import { request } from './request';

const membersUrl = (billId: string) => `/api/bills/${encodeURIComponent(billId)}/members`;

export const membersApi = {
  /** Everyone with a role on the bill. */
  list: (billId: string, signal?: AbortSignal) =>
    request<{ members: BillMember[] }>(membersUrl(billId), { signal }).then((r) => r.members),
  /** Adds a member or changes their role (owners). */
  set: (billId: string, username: string, role: Role) =>
    request<BillMember>(membersUrl(billId), { method: 'PUT', body: { username, role } }),
  /** Removes a member (owners); a bill keeps at least one owner (409). */
  remove: (billId: string, username: string) =>
    request<void>(`${membersUrl(billId)}/${encodeURIComponent(username)}`, { method: 'DELETE' }),
};
