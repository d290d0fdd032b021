// Typed calls for the audit trails: one bill's (owners) and the server-wide one (admins).
import { request } from './request';

/** One audit record, newest first in every list. `detail` depends on `action`. */
export interface AuditEntry {
  id: number;
  billId: string | null;
  userId: string | null;
  /** Present on a bill's trail: the acting user's username. */
  username?: string | null;
  action: string;
  detail: Record<string, unknown>;
  at: string;
}

export const auditApi = {
  /** A bill's trail (needs `audit.read`). */
  forBill: (billId: string, signal?: AbortSignal) =>
    request<{ entries: AuditEntry[] }>(`/api/bills/${encodeURIComponent(billId)}/audit`, { signal }).then(
      (r) => r.entries,
    ),
  /** The server-wide trail (admins). */
  all: (signal?: AbortSignal) =>
    request<{ entries: AuditEntry[] }>('/api/settings/audit', { signal }).then((r) => r.entries),
};
