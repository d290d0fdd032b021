import { Icon } from '../../components/Icon';
import { usePopover } from '../../components/usePopover';
import { formatDateTime, formatUpdated } from '../../i18n/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { navigate } from '../../router/navigate';
import { billPath } from '../../router/routes';
import { useNow } from '../../scenes/useNow';
import type { NotificationView } from '../reviewApi';
import { useNotifications } from './useNotifications';

/** The header's bell: unread mentions, the list, and a way to the comment that mentioned you. */
export function NotificationsBell() {
  const { t, lang } = useI18n();
  const { open, toggle, close, containerRef, id } = usePopover();
  const { list, unread, markRead } = useNotifications();
  const now = useNow(60_000);
  const label = unread ? t('notifications.unread', { count: unread }) : t('notifications.heading');

  const go = (n: NotificationView) => {
    close();
    if (!n.readAt) void markRead([n.id]).catch(() => {});
    navigate(`${billPath(n.billId)}#thread=${encodeURIComponent(n.threadId)}`);
  };

  return (
    <div className="popover-anchor" ref={containerRef}>
      <button
        type="button"
        className={`header-btn notifications-btn${unread ? ' has-unread' : ''}`}
        data-testid="notifications"
        data-unread={unread}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        title={label}
        onClick={toggle}
      >
        <Icon name="bell" size={16} />
        {unread > 0 && (
          <span className="notifications-btn__count" data-testid="notifications-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div id={id} className="popover popover--end notifications" role="dialog" aria-label={t('notifications.heading')} data-testid="notifications-popover">
          <div className="notifications__head">
            <h2 className="popover__title">{t('notifications.heading')}</h2>
            {unread > 0 && (
              <button type="button" className="link-btn" data-testid="notifications-read-all" onClick={() => void markRead().catch(() => {})}>
                {t('notifications.markAll')}
              </button>
            )}
          </div>
          {list.length === 0 ? (
            <p className="notifications__empty">{t('notifications.empty')}</p>
          ) : (
            <ul className="notifications__list" role="list">
              {list.map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className={`notification${n.readAt ? '' : ' is-unread'}`}
                    data-testid="notification"
                    data-read={!!n.readAt}
                    onClick={() => go(n)}
                  >
                    <span className="notification__what">
                      {t('notifications.mentioned', { name: n.by?.displayName ?? t('notifications.someone'), bill: n.billTitle })}
                    </span>
                    <span className="notification__excerpt">{n.excerpt}</span>
                    <time className="notification__time" dateTime={n.createdAt} title={formatDateTime(n.createdAt, lang)}>
                      {formatUpdated(n.createdAt, lang, now)}
                    </time>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
