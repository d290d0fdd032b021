import type { PublicUser } from '../../../core/auth/roles';
import { identityOf } from '../collab/identity';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { adminPath } from '../router/routes';
import { Avatar } from './Avatar';
import { Icon } from './Icon';
import { usePopover } from './usePopover';

/** The signed-in account in the header: who you are, the admin page (admins), sign out. */
export function UserMenu({ user, onSignOut }: { user: PublicUser; onSignOut(): void }) {
  const t = useT();
  const { open, toggle, close, containerRef, id } = usePopover();
  const identity = identityOf(user);
  return (
    <div className="popover-anchor" ref={containerRef}>
      <button
        type="button"
        className="user-chip"
        title={t('account.menu')}
        aria-expanded={open}
        aria-controls={id}
        data-testid="user-name"
        onClick={toggle}
      >
        <Avatar name={identity.name} color={identity.color} size={26} />
        <span className="user-chip__name">{identity.name}</span>
      </button>
      {open && (
        <div id={id} className="popover popover--end user-menu" role="group" aria-label={t('account.menu')}>
          <div className="user-menu__who">
            <Avatar name={identity.name} color={identity.color} size={36} />
            <div className="user-menu__names">
              <span className="user-menu__display">{identity.name}</span>
              <span className="user-menu__username">@{user.username}</span>
              {user.isAdmin && <span className="role-badge role-badge--admin">{t('account.admin')}</span>}
            </div>
          </div>
          <div className="user-menu__actions">
            {user.isAdmin && (
              <Link href={adminPath} className="user-menu__item" data-testid="open-admin" onClick={close}>
                <Icon name="shield" size={16} />
                {t('admin.open')}
              </Link>
            )}
            <button
              type="button"
              className="user-menu__item"
              data-testid="sign-out"
              onClick={() => {
                close();
                onSignOut();
              }}
            >
              <Icon name="signOut" size={16} />
              {t('account.signOut')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
