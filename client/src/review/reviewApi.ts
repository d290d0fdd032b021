// Typed calls for review threads, waivers and notifications (docs/review.md). Every change goes through
// the server, which writes the review document that every member syncs read-only.
import type { ThreadStatus, ThreadView, UserRef } from '../../../core/review';
import { request } from '../api/request';

const threadsUrl = (billId: string) => `/api/bills/${encodeURIComponent(billId)}/threads`;
const threadUrl = (billId: string, threadId: string) => `${threadsUrl(billId)}/${encodeURIComponent(threadId)}`;
const commentUrl = (billId: string, threadId: string, commentId: string) =>
  `${threadUrl(billId, threadId)}/comments/${encodeURIComponent(commentId)}`;

/** The anchor a new comment thread asks for (relative positions as base64, from core/review createAnchor). */
export interface AnchorRequest {
  pid: string;
  quote: string;
  start: string;
  end: string;
}

/** A mention notification as the server lists it. */
export interface NotificationView {
  id: number;
  kind: 'mention';
  billId: string;
  billTitle: string;
  threadId: string;
  commentId: string;
  by: UserRef | null;
  excerpt: string;
  createdAt: string;
  readAt: string | null;
}

export const reviewApi = {
  /** Every thread of the bill, resolved against the current text. */
  list: (billId: string, signal?: AbortSignal) =>
    request<{ threads: ThreadView[] }>(threadsUrl(billId), { signal }).then((r) => r.threads),
  /** Starts a comment thread on quoted words of a provision. */
  create: (billId: string, anchor: AnchorRequest, body: string) =>
    request<ThreadView>(threadsUrl(billId), { method: 'POST', body: { anchor, body } }),
  /** Waives one rule's finding on one provision; `body` is the reason. */
  waive: (billId: string, finding: { pid: string; ruleId: string; textHash?: string }, body: string) =>
    request<ThreadView>(threadsUrl(billId), { method: 'POST', body: { kind: 'waiver', finding, body } }),
  reply: (billId: string, threadId: string, body: string) =>
    request<ThreadView>(`${threadUrl(billId, threadId)}/replies`, { method: 'POST', body: { body } }),
  setStatus: (billId: string, threadId: string, status: ThreadStatus) =>
    request<ThreadView>(threadUrl(billId, threadId), { method: 'PATCH', body: { status } }),
  /** Edits one's own comment. */
  editComment: (billId: string, threadId: string, commentId: string, body: string) =>
    request<ThreadView>(commentUrl(billId, threadId, commentId), { method: 'PATCH', body: { body } }),
  /** Deletes one's own comment (a tombstone stays while the thread has other comments). */
  deleteComment: (billId: string, threadId: string, commentId: string) =>
    request<void>(commentUrl(billId, threadId, commentId), { method: 'DELETE' }),
};

export const notificationsApi = {
  list: (signal?: AbortSignal) =>
    request<{ notifications: NotificationView[]; unread: number }>('/api/notifications', { signal }),
  /** Marks some (or, without ids, all) notifications read. */
  markRead: (ids?: number[]) =>
    request<{ unread: number }>('/api/notifications/read', { method: 'POST', body: ids ? { ids } : {} }),
};
