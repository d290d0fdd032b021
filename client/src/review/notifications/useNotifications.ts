import { useCallback, useEffect, useState } from 'react';
import { notificationsApi, type NotificationView } from '../reviewApi';

const POLL_MS = 20_000;

export interface NotificationsState {
  list: readonly NotificationView[];
  unread: number;
  /** Fetches now (also done every 20 s, and when the window regains focus). */
  refresh(): void;
  /** Marks some (without ids: all) read. */
  markRead(ids?: number[]): Promise<void>;
}

/** The signed-in user's mention notifications, polled while the page is visible. */
export function useNotifications(): NotificationsState {
  const [list, setList] = useState<readonly NotificationView[]>([]);
  const [unread, setUnread] = useState(0);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const abort = new AbortController();
    notificationsApi.list(abort.signal).then(
      (r) => {
        setList(r.notifications);
        setUnread(r.unread);
      },
      // A failed poll keeps what was shown; the next one tries again.
      () => {},
    );
    return () => abort.abort();
  }, [generation]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const markRead = useCallback(async (ids?: number[]) => {
    const now = new Date().toISOString();
    setList((l) => l.map((n) => (!n.readAt && (!ids || ids.includes(n.id)) ? { ...n, readAt: now } : n)));
    const r = await notificationsApi.markRead(ids);
    setUnread(r.unread);
  }, []);

  return { list, unread, refresh, markRead };
}
