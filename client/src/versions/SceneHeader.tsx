import type { ReactNode } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import { AppHeader } from '../components/AppHeader';
import { Brand } from '../components/Brand';
import { Icon } from '../components/Icon';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { UserMenu } from '../components/UserMenu';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { billPath } from '../router/routes';

/** The header of the version pages: back to the bill's editor, the bill and the page's name. */
export function SceneHeader({
  billId,
  billTitle,
  page,
  user,
  onSignOut,
  tools,
}: {
  billId: string;
  billTitle: string | null;
  page: string;
  user: PublicUser;
  onSignOut(): void;
  tools?: ReactNode;
}) {
  const t = useT();
  return (
    <AppHeader
      leading={
        <>
          <Brand compact />
          <Link
            href={billPath(billId)}
            className="header-back"
            data-testid="back-to-bill"
            title={t('versions.backToBill')}
          >
            <Icon name="back" size={16} />
            <span>{t('versions.backToBill')}</span>
          </Link>
          <span className="header-sep" aria-hidden="true">
            /
          </span>
          <h1 className="header-title versions-title">
            {billTitle !== null && (
              <span className="header-title__text versions-title__bill">{billTitle}</span>
            )}
            <span className="versions-title__page">{page}</span>
          </h1>
        </>
      }
      trailing={
        <>
          {tools}
          <LanguageSwitch />
          <UserMenu user={user} onSignOut={onSignOut} />
        </>
      }
    />
  );
}
