// Mentions → in-app notifications: @username in a comment notifies that member of the bill (never the
// author). Users read their list (GET /api/notifications) and mark entries read.
import type { PublicUser } from '../../../core/auth/roles';
import { parseMentions } from '../../../core/review/parseMentions';
import type { CommentRecord, UserRef } from '../../../core/review/types';
import type { NotificationRecord, Storage } from '../storage/types';

/** A notification as its recipient sees it. */
export interface NotificationView {
  id: number;
  kind: NotificationRecord['kind'];
  billId: string;
  billTitle: string;
  threadId: string;
  commentId: string;
  by: UserRef | null;
  excerpt: string;
  createdAt: string;
  readAt: string | null;
}

const EXCERPT_CHARS = 140;

export class ReviewNotifications {
  constructor(private readonly storage: Storage) {}

  /** The members of the bill that `body` mentions (@username); other names stay plain text. */
  async mentioned(billId: string, body: string): Promise<UserRef[]> {
    const out: UserRef[] = [];
    for (const name of parseMentions(body)) {
      const user = await this.storage.users.getByUsername(name);
      if (!user || out.some((u) => u.id === user.id) || !(await this.storage.members.get(billId, user.id)))
        continue;
      out.push({ id: user.id, username: user.username, displayName: user.displayName });
    }
    return out;
  }

  /** Notifies the comment's mentions, except its author and those `already` notified (an edit). */
  async notify(
    billId: string,
    threadId: string,
    comment: CommentRecord,
    already: readonly UserRef[] = [],
  ): Promise<void> {
    const excerpt =
      comment.body.length > EXCERPT_CHARS ? `${comment.body.slice(0, EXCERPT_CHARS - 1)}…` : comment.body;
    for (const m of comment.mentions) {
      if (m.id === comment.author.id || already.some((a) => a.id === m.id)) continue;
      await this.storage.notifications.add({
        userId: m.id,
        billId,
        kind: 'mention',
        threadId,
        commentId: comment.id,
        actorId: comment.author.id,
        excerpt,
      });
    }
  }

  /** A deleted comment takes its notifications with it. */
  forget(billId: string, commentId: string): Promise<void> {
    return this.storage.notifications.deleteForComment(billId, commentId);
  }

  /** The actor's notifications (newest first, only for bills they still belong to) and the unread count. */
  async list(actor: PublicUser, limit = 100): Promise<{ notifications: NotificationView[]; unread: number }> {
    const roles = await this.storage.members.rolesOf(actor.id);
    const rows = (await this.storage.notifications.listForUser(actor.id, 1000)).filter((n) =>
      roles.has(n.billId),
    );
    const users = new Map<string, UserRef | null>();
    const titles = new Map<string, string>();
    const notifications: NotificationView[] = [];
    for (const n of rows.slice(0, limit)) {
      if (!users.has(n.actorId)) {
        const u = await this.storage.users.getById(n.actorId);
        users.set(n.actorId, u ? { id: u.id, username: u.username, displayName: u.displayName } : null);
      }
      if (!titles.has(n.billId)) titles.set(n.billId, (await this.storage.bills.get(n.billId))?.title ?? '');
      const { id, kind, billId, threadId, commentId, excerpt, createdAt, readAt } = n;
      notifications.push({
        id,
        kind,
        billId,
        billTitle: titles.get(billId) ?? '',
        threadId,
        commentId,
        by: users.get(n.actorId) ?? null,
        excerpt,
        createdAt,
        readAt,
      });
    }
    return { notifications, unread: rows.filter((n) => !n.readAt).length };
  }

  /** Marks the actor's notifications read (the given ids, or all); returns the new unread count. */
  async markRead(actor: PublicUser, ids: number[] | 'all'): Promise<{ unread: number }> {
    await this.storage.notifications.markRead(actor.id, ids);
    return { unread: (await this.list(actor, 0)).unread };
  }
}
