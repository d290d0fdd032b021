// Notifications (review mentions): the same contract for every storage driver.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/src/storage/types';
import type { StorageFactory } from './storageContract';

export function notificationStorageContract(name: string, factory: StorageFactory) {
  describe(`notification storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await factory.open();
      for (const id of ['u1', 'u2'])
        await storage.users.create({ id, username: id, displayName: id, passwordHash: 'h', isAdmin: false });
      await storage.bills.create({ id: 'n1', title: 'mentions', lang: 'ja' });
      await storage.bills.create({ id: 'n2', title: 'other', lang: 'en' });
    });
    afterEach(async () => {
      await storage.close();
    });
    const mention = (userId: string, billId: string, commentId: string) => ({
      userId,
      billId,
      kind: 'mention' as const,
      threadId: 't1',
      commentId,
      actorId: 'u2',
      excerpt: '@u1 ご確認ください',
    });

    it('[R-ST-30] adds, lists newest first per user, and marks read (some or all)', async () => {
      const a = await storage.notifications.add(mention('u1', 'n1', 'c1'));
      const b = await storage.notifications.add(mention('u1', 'n2', 'c2'));
      await storage.notifications.add(mention('u2', 'n1', 'c3'));
      expect(a).toMatchObject({ ...mention('u1', 'n1', 'c1'), readAt: null });
      const listed = await storage.notifications.listForUser('u1', 10);
      expect(listed.map((n) => n.id)).toEqual([b.id, a.id]);
      expect(await storage.notifications.listForUser('u1', 1)).toHaveLength(1);
      expect(await storage.notifications.markRead('u1', [a.id])).toBe(1);
      expect(await storage.notifications.markRead('u2', [b.id])).toBe(0);
      const after = await storage.notifications.listForUser('u1', 10);
      expect(after.find((n) => n.id === a.id)?.readAt).not.toBeNull();
      expect(after.find((n) => n.id === b.id)?.readAt).toBeNull();
      expect(await storage.notifications.markRead('u1', 'all')).toBe(1);
      expect((await storage.notifications.listForUser('u2', 10))[0]?.readAt).toBeNull();
    });

    it('[R-ST-31] deleting a comment or a bill deletes its notifications', async () => {
      await storage.notifications.add(mention('u1', 'n1', 'c1'));
      await storage.notifications.add(mention('u1', 'n1', 'c2'));
      await storage.notifications.add(mention('u1', 'n2', 'c3'));
      await storage.notifications.deleteForComment('n1', 'c1');
      expect((await storage.notifications.listForUser('u1', 10)).map((n) => n.commentId)).toEqual([
        'c3',
        'c2',
      ]);
      await storage.bills.delete('n1');
      expect((await storage.notifications.listForUser('u1', 10)).map((n) => n.commentId)).toEqual(['c3']);
    });

    if (factory.reopen) {
      const reopen = factory.reopen;
      it('[R-ST-32] keeps notifications across a restart', async () => {
        await storage.notifications.add(mention('u1', 'n1', 'c1'));
        await storage.close();
        storage = await reopen();
        expect(await storage.notifications.listForUser('u1', 10)).toHaveLength(1);
      });
    }
  });
}
