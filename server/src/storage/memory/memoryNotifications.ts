// In-memory notifications (same contract as SQLite). Records are copied in and out, never shared.
import type { NotificationRecord, NotificationStore } from '../types';

export function memoryNotifications(): NotificationStore & { removeBill(billId: string): void } {
  let rows: NotificationRecord[] = [];
  let seq = 0;
  return {
    async add(n) {
      const row: NotificationRecord = { ...n, id: ++seq, createdAt: new Date().toISOString(), readAt: null };
      rows.push(row);
      return { ...row };
    },
    async listForUser(userId, limit) {
      return rows
        .filter((r) => r.userId === userId)
        .sort((a, b) => b.id - a.id)
        .slice(0, limit)
        .map((r) => ({ ...r }));
    },
    async markRead(userId, ids) {
      const at = new Date().toISOString();
      let n = 0;
      for (const r of rows) {
        if (r.userId !== userId || r.readAt || (ids !== 'all' && !ids.includes(r.id))) continue;
        r.readAt = at;
        n += 1;
      }
      return n;
    },
    async deleteForComment(billId, commentId) {
      rows = rows.filter((r) => !(r.billId === billId && r.commentId === commentId));
    },
    removeBill(billId) {
      rows = rows.filter((r) => r.billId !== billId);
    },
  };
}
