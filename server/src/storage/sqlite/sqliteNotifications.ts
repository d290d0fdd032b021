// SQLite notifications: one row per notified user; rows go with their bill and user (ON DELETE CASCADE).
import type Database from 'better-sqlite3';
import type { NotificationRecord, NotificationStore } from '../types';

type Row = {
  id: number;
  user_id: string;
  bill_id: string;
  kind: 'mention';
  thread_id: string;
  comment_id: string;
  actor_id: string;
  excerpt: string;
  created_at: string;
  read_at: string | null;
};
const toRecord = (r: Row): NotificationRecord => ({
  id: r.id,
  userId: r.user_id,
  billId: r.bill_id,
  kind: r.kind,
  threadId: r.thread_id,
  commentId: r.comment_id,
  actorId: r.actor_id,
  excerpt: r.excerpt,
  createdAt: r.created_at,
  readAt: r.read_at,
});

export function sqliteNotifications(db: Database.Database): NotificationStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO notifications (user_id, bill_id, kind, thread_id, comment_id, actor_id, excerpt, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string, number], Row>(
      'SELECT * FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT ?',
    ),
    readAll: db.prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL'),
    readOne: db.prepare(
      'UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL',
    ),
    deleteForComment: db.prepare('DELETE FROM notifications WHERE bill_id = ? AND comment_id = ?'),
  };
  const readSome = db.transaction((userId: string, ids: number[], at: string) =>
    ids.reduce((n, id) => n + q.readOne.run(at, userId, id).changes, 0),
  );
  return {
    async add(n) {
      const createdAt = new Date().toISOString();
      const info = q.insert.run(
        n.userId,
        n.billId,
        n.kind,
        n.threadId,
        n.commentId,
        n.actorId,
        n.excerpt,
        createdAt,
      );
      return { ...n, id: Number(info.lastInsertRowid), createdAt, readAt: null };
    },
    async listForUser(userId, limit) {
      return q.list.all(userId, limit).map(toRecord);
    },
    async markRead(userId, ids) {
      const at = new Date().toISOString();
      return ids === 'all' ? q.readAll.run(at, userId).changes : readSome(userId, ids, at);
    },
    async deleteForComment(billId, commentId) {
      q.deleteForComment.run(billId, commentId);
    },
  };
}
