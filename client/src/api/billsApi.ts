// Typed calls for the bill endpoints (server/http). Shapes come from core so both sides agree.
import type { BillAction, Role } from '../../../core/auth/roles';
import type { BillContent, BillLang, BillMeta } from '../../../core/bill';
import { request } from './request';

/** Bill metadata plus, from servers with accounts, the caller's role and what it allows. */
export type BillSummary = BillMeta & { role?: Role; permissions?: readonly BillAction[] };

/** True when the caller may do `action`; servers without accounts allow everything. */
export function allows(bill: BillSummary, action: BillAction): boolean {
  return !bill.permissions || bill.permissions.includes(action);
}

const billUrl = (id: string) => `/api/bills/${encodeURIComponent(id)}`;

/** What creating a bill needs. */
export interface NewBill {
  title: string;
  lang: BillLang;
  /** Make the bill from this template (`lang` must be the template's). */
  templateId?: string;
}

export const billsApi = {
  /** Every bill the user can see, as the server orders them. */
  list: (signal?: AbortSignal) =>
    request<{ bills: BillSummary[] }>('/api/bills', { signal }).then((r) => r.bills),
  /** Creates a bill; the server seeds its content. */
  create: (input: NewBill) => request<BillSummary>('/api/bills', { method: 'POST', body: input }),
  /** One bill's metadata. */
  get: (id: string, signal?: AbortSignal) => request<BillSummary>(billUrl(id), { signal }),
  /** Renames a bill. */
  rename: (id: string, title: string) =>
    request<BillSummary>(billUrl(id), { method: 'PATCH', body: { title } }),
  /** Deletes a bill for everyone. */
  remove: (id: string) => request<void>(billUrl(id), { method: 'DELETE' }),
  /** The bill's content as JSON and numbered plain text. */
  content: (id: string, signal?: AbortSignal) => request<BillContent>(`${billUrl(id)}/content`, { signal }),
};
