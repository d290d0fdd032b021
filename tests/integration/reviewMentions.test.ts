// [R-REV-MENTION] @username mentions notify members of the bill in the app: GET /api/notifications lists
// them (newest first, with an unread count), POST /api/notifications/read marks them read. Non-members
// and the author are not notified; an edit notifies only new mentions; deleting the comment removes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../core/review/threadView';
import type { NotificationView } from '../../server/src/domain/reviewNotifications';
import { startReviewWorld, type Named, type ReviewWorld } from './reviewFixtures';

type Inbox = { notifications: NotificationView[]; unread: number };
let w: ReviewWorld;
beforeAll(async () => {
  w = await startReviewWorld();
});
afterAll(async () => {
  await w.close();
});

const inbox = async (who: Named) => (await w.call<Inbox>(who, 'GET', '/api/notifications')).body;

describe('[R-REV-MENTION-01] mentions → notifications', () => {
  it('notifies mentioned members only, once, and forgets deleted comments', async () => {
    const bill = await w.bill();
    const before = { editor: (await inbox('editor')).unread, owner: (await inbox('owner')).unread };
    const made = await w.call<ThreadView>('reviewer', 'POST', `/api/bills/${bill.id}/threads`, {
      anchor: { pid: bill.pids[0], quote: '通信の複製' },
      body: '@editor @Viewer さん、@outsider と @nobody と @reviewer も。確認をお願いします。',
    });
    expect(made.status).toBe(201);
    const comment = made.body.comments[0];
    expect(comment?.mentions.map((m) => m.username)).toEqual(['editor', 'viewer', 'reviewer']);
    const editorBox = await inbox('editor');
    expect(editorBox.unread).toBe(before.editor + 1);
    expect(editorBox.notifications[0]).toMatchObject({
      kind: 'mention',
      billId: bill.id,
      billTitle: '審査法案',
      threadId: made.body.id,
      commentId: comment?.id,
      by: { username: 'reviewer' },
      readAt: null,
    });
    expect(editorBox.notifications[0]?.excerpt).toContain('確認をお願いします');
    expect((await inbox('viewer')).notifications.some((n) => n.threadId === made.body.id)).toBe(true);
    expect((await inbox('outsider')).notifications.some((n) => n.threadId === made.body.id)).toBe(false);
    expect((await inbox('reviewer')).notifications.some((n) => n.threadId === made.body.id)).toBe(false);

    // An edit that adds @owner notifies the owner, and nobody twice.
    const edited = await w.call(
      'reviewer',
      'PATCH',
      `/api/bills/${bill.id}/threads/${made.body.id}/comments/${comment?.id}`,
      {
        body: '@editor @owner 確認をお願いします。',
      },
    );
    expect(edited.status).toBe(200);
    expect((await inbox('owner')).unread).toBe(before.owner + 1);
    expect((await inbox('editor')).notifications.filter((n) => n.commentId === comment?.id)).toHaveLength(1);

    // Mark read: by id, then all.
    const id = (await inbox('editor')).notifications[0]?.id ?? 0;
    expect(
      (await w.call<{ unread: number }>('editor', 'POST', '/api/notifications/read', { ids: [id] })).body
        .unread,
    ).toBe(before.editor);
    expect((await inbox('editor')).notifications[0]?.readAt).not.toBeNull();
    expect(
      (await w.call<{ unread: number }>('owner', 'POST', '/api/notifications/read', {})).body.unread,
    ).toBe(0);
    const bad = await w.call<{ error: { message: string } }>('owner', 'POST', '/api/notifications/read', {
      ids: ['x'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^ids\.0:/);

    // Deleting the comment removes its notifications; removing a member hides that bill's notifications.
    const reply = await w.call<ThreadView>(
      'owner',
      'POST',
      `/api/bills/${bill.id}/threads/${made.body.id}/replies`,
      { body: '@viewer 見てください' },
    );
    expect(reply.status).toBe(201);
    expect(
      (
        await w.call(
          'reviewer',
          'DELETE',
          `/api/bills/${bill.id}/threads/${made.body.id}/comments/${comment?.id}`,
        )
      ).status,
    ).toBe(204);
    expect((await inbox('editor')).notifications.some((n) => n.commentId === comment?.id)).toBe(false);
    expect((await inbox('viewer')).notifications.filter((n) => n.billId === bill.id)).toHaveLength(1);
    await w.call('owner', 'DELETE', `/api/bills/${bill.id}/members/viewer`);
    expect((await inbox('viewer')).notifications.some((n) => n.billId === bill.id)).toBe(false);
  });
});
