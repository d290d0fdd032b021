import type { PresenceUser } from '../collab/connectionState';
import { useT } from '../i18n/useT';
import { Avatar } from './Avatar';

const MAX_SHOWN = 6;

/** Who is in the room: avatars in each person's caret colour, the name on hover. */
export function PresenceList({ users }: { users: readonly PresenceUser[] }) {
  const t = useT();
  const shown = users.slice(0, MAX_SHOWN);
  const hidden = users.slice(MAX_SHOWN);
  return (
    <ul className="presence" data-testid="presence" aria-label={t('presence.label')}>
      {shown.map((user) => (
        <li
          key={user.clientId}
          className={`presence__item${user.isSelf ? ' presence__item--self' : ''}`}
          data-testid="presence-avatar"
          title={user.name}
          aria-label={user.isSelf ? t('presence.you', { name: user.name }) : user.name}
        >
          <Avatar name={user.name} color={user.color} size={28} />
        </li>
      ))}
      {hidden.length > 0 && (
        <li
          className="presence__more"
          title={hidden.map((u) => u.name).join(', ')}
          aria-label={t('presence.more', { count: hidden.length })}
        >
          +{hidden.length}
        </li>
      )}
    </ul>
  );
}
