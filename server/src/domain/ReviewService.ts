// Review threads (DESIGN.md §5): start one on words of a provision, reply, resolve and reopen, edit or
// delete one's own comments. Comments are server-authoritative: every change is checked here (role,
// author, anchor) and then written into the bill's review document, which members sync read-only.
// Every method takes the acting user; access is decided by the policy table. No express, no ws.
import { randomBytes } from 'node:crypto';
import type { PublicUser } from '../../../core/auth/roles';
import type { ThreadView } from '../../../core/review/threadView';
import type {
  CommentRecord,
  ThreadAnchor,
  ThreadKind,
  ThreadRecord,
  ThreadStatus,
  UserRef,
  WaiverRecord,
} from '../../../core/review/types';
import type { Storage } from '../storage/types';
import type { BillService } from './BillService';
import { DomainError, notFound } from './errors';
import { reviewAnchor, type AnchorRequest } from './reviewAnchor';
import type { ReviewDocs } from './reviewDocs';
import type { ReviewNotifications } from './reviewNotifications';
import { reviewViews } from './reviewViews';

/** A thread about to be written (already authorized and validated). */
export interface NewThread {
  kind: ThreadKind;
  pid: string;
  anchor: ThreadAnchor | null;
  waiver: WaiverRecord | null;
  body: string;
}

const newId = () => randomBytes(9).toString('base64url');
const refOf = (u: PublicUser): UserRef => ({ id: u.id, username: u.username, displayName: u.displayName });

/** The thread, or a 404 (validate before writing: see ReviewDocs.change). */
function threadIn(threads: { get(id: string): ThreadRecord | undefined }, threadId: string): ThreadRecord {
  const t = threads.get(threadId);
  if (!t) throw notFound('thread');
  return t;
}

/** The index of the actor's own live comment, or a 404/403. */
function ownComment(t: ThreadRecord, commentId: string, actor: PublicUser): number {
  const i = t.comments.findIndex((c) => c.id === commentId && !c.deletedAt);
  if (i < 0) throw notFound('comment');
  if (t.comments[i]?.author.id !== actor.id)
    throw new DomainError('forbidden', 'only its author may edit or delete a comment');
  return i;
}

export class ReviewService {
  constructor(
    private readonly storage: Storage,
    private readonly bills: BillService,
    private readonly docs: ReviewDocs,
    private readonly notifications: ReviewNotifications,
  ) {}

  /** Every thread of the bill (comments and waivers, orphaned ones too), oldest first. */
  async list(actor: PublicUser, billId: string): Promise<ThreadView[]> {
    await this.bills.authorize(actor, billId, 'bill.read');
    return this.views(billId, await this.docs.threads(billId));
  }

  async get(actor: PublicUser, billId: string, threadId: string): Promise<ThreadView> {
    await this.bills.authorize(actor, billId, 'bill.read');
    const thread = (await this.docs.threads(billId)).find((t) => t.id === threadId);
    if (!thread) throw notFound('thread');
    return this.view(billId, thread);
  }

  /** Starts a comment thread on the quoted words of a provision. */
  async create(
    actor: PublicUser,
    billId: string,
    input: { anchor: AnchorRequest; body: string },
  ): Promise<ThreadView> {
    await this.bills.authorize(actor, billId, 'comment.create');
    const anchor = await this.docs.withBillText(billId, (fragment) => reviewAnchor(fragment, input.anchor));
    return this.start(actor, billId, {
      kind: 'comment',
      pid: anchor.pid,
      anchor,
      waiver: null,
      body: input.body,
    });
  }

  /** Writes a new thread whose caller has authorized and validated it (comment threads, waivers). */
  async start(actor: PublicUser, billId: string, draft: NewThread): Promise<ThreadView> {
    const comment = await this.newComment(actor, billId, draft.body);
    const { kind, pid, anchor, waiver } = draft;
    const thread: ThreadRecord = {
      id: newId(),
      kind,
      pid,
      anchor,
      waiver,
      status: 'open',
      createdBy: refOf(actor),
      createdAt: comment.createdAt,
      statusBy: null,
      statusAt: null,
      comments: [comment],
    };
    await this.docs.change(billId, `${kind}.created`, (threads) => threads.set(thread.id, thread));
    const detail = waiver ? { ruleId: waiver.ruleId, reason: comment.body } : { quote: anchor?.quote ?? '' };
    await this.audit(actor, billId, kind === 'waiver' ? 'waiver.created' : 'thread.created', {
      threadId: thread.id,
      pid,
      ...detail,
    });
    await this.notifications.notify(billId, thread.id, comment);
    return this.view(billId, thread);
  }

  async reply(actor: PublicUser, billId: string, threadId: string, body: string): Promise<ThreadView> {
    await this.bills.authorize(actor, billId, 'comment.create');
    const comment = await this.newComment(actor, billId, body);
    const thread = await this.docs.change(billId, 'comment.added', (threads) => {
      const t = threadIn(threads, threadId);
      const next = { ...t, comments: [...t.comments, comment] };
      threads.set(threadId, next);
      return next;
    });
    await this.notifications.notify(billId, threadId, comment);
    return this.view(billId, thread);
  }

  /** Resolves or reopens a thread (a no-op when it already has that status). */
  async setStatus(
    actor: PublicUser,
    billId: string,
    threadId: string,
    status: ThreadStatus,
  ): Promise<ThreadView> {
    await this.bills.authorize(actor, billId, 'comment.resolve');
    const at = new Date().toISOString();
    const { thread, changed } = await this.docs.change(billId, `thread.${status}`, (threads) => {
      const t = threadIn(threads, threadId);
      if (t.status === status) return { thread: t, changed: false };
      const next = { ...t, status, statusBy: refOf(actor), statusAt: at };
      threads.set(threadId, next);
      return { thread: next, changed: true };
    });
    if (changed)
      await this.audit(actor, billId, status === 'resolved' ? 'thread.resolved' : 'thread.reopened', {
        threadId,
      });
    return this.view(billId, thread);
  }

  /** Replaces the text of the actor's own comment; newly mentioned members are notified. */
  async editComment(
    actor: PublicUser,
    billId: string,
    threadId: string,
    commentId: string,
    body: string,
  ): Promise<ThreadView> {
    await this.bills.authorize(actor, billId, 'comment.create');
    const mentions = await this.notifications.mentioned(billId, body);
    const editedAt = new Date().toISOString();
    const { thread, before, after } = await this.docs.change(billId, 'comment.edited', (threads) => {
      const t = threadIn(threads, threadId);
      const i = ownComment(t, commentId, actor);
      const old = t.comments[i] as CommentRecord;
      const edited: CommentRecord = { ...old, body, mentions, editedAt };
      const next = { ...t, comments: t.comments.map((c, k) => (k === i ? edited : c)) };
      threads.set(threadId, next);
      return { thread: next, before: old, after: edited };
    });
    await this.notifications.notify(billId, threadId, after, before.mentions);
    return this.view(billId, thread);
  }

  /**
   * Deletes the actor's own comment. It stays as a tombstone so replies keep their context; a thread
   * whose every comment is deleted goes. Deleting a waiver's reason (its first comment) withdraws it.
   */
  async deleteComment(actor: PublicUser, billId: string, threadId: string, commentId: string): Promise<void> {
    await this.bills.authorize(actor, billId, 'bill.read');
    const deletedAt = new Date().toISOString();
    const { thread, removed, index } = await this.docs.change(billId, 'comment.deleted', (threads) => {
      const t = threadIn(threads, threadId);
      const i = ownComment(t, commentId, actor);
      const comments = t.comments.map((c, k) => (k === i ? { ...c, body: '', mentions: [], deletedAt } : c));
      const gone = comments.every((c) => c.deletedAt);
      if (gone) threads.delete(threadId);
      else threads.set(threadId, { ...t, comments });
      return { thread: t, removed: gone, index: i };
    });
    await this.notifications.forget(billId, commentId);
    if (thread.kind === 'waiver' && index === 0)
      await this.audit(actor, billId, 'waiver.withdrawn', { threadId, pid: thread.pid });
    if (removed) await this.audit(actor, billId, 'thread.deleted', { threadId, pid: thread.pid });
  }

  private async newComment(actor: PublicUser, billId: string, body: string): Promise<CommentRecord> {
    const mentions = await this.notifications.mentioned(billId, body);
    return {
      id: newId(),
      author: refOf(actor),
      body,
      mentions,
      createdAt: new Date().toISOString(),
      editedAt: null,
      deletedAt: null,
    };
  }

  private async views(billId: string, threads: ThreadRecord[]): Promise<ThreadView[]> {
    const bill = await this.storage.bills.get(billId);
    if (!bill) throw notFound('bill');
    return this.docs.withBillText(billId, (fragment, state) =>
      reviewViews(threads, fragment, state, bill.lang),
    );
  }

  private async view(billId: string, thread: ThreadRecord): Promise<ThreadView> {
    const [view] = await this.views(billId, [thread]);
    if (!view) throw notFound('thread');
    return view;
  }

  private async audit(actor: PublicUser, billId: string, action: string, detail: Record<string, unknown>) {
    await this.storage.audit.append({ billId, userId: actor.id, action, detail });
  }
}
