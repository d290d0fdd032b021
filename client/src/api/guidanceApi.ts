// Typed call for a bill's drafting guidance and clause alternatives (GET /api/bills/:id/guidance).
import type { BillGuidance } from '../../../core/templates/types';
import { request } from './request';

export const guidanceApi = {
  /** Guidance and alternatives keyed by the bill's pids (empty for a bill not made from a template). */
  forBill: (billId: string, signal?: AbortSignal) =>
    request<BillGuidance>(`/api/bills/${encodeURIComponent(billId)}/guidance`, { signal }),
};
