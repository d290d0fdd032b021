// In-memory guidance store (same contract as SQLite). Records are copied in and out, never shared.
import type { BillGuidanceRecord, GuidanceStore } from '../types';

export function memoryGuidance(): GuidanceStore & { removeBill(billId: string): void } {
  const rows = new Map<string, BillGuidanceRecord>();
  return {
    async put(billId, record) {
      rows.set(billId, structuredClone(record));
    },
    async get(billId) {
      const row = rows.get(billId);
      return row ? structuredClone(row) : null;
    },
    removeBill(billId) {
      rows.delete(billId);
    },
  };
}
