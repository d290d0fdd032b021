import { AppHeader } from '../components/AppHeader';
import { Brand } from '../components/Brand';
import { EmptyState } from '../components/EmptyState';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { listPath } from '../router/routes';

/** Any path that is not a page. */
export function NotFoundScene({ path }: { path: string }) {
  const t = useT();
  return (
    <div className="scene">
      <AppHeader leading={<Brand />} trailing={<LanguageSwitch />} />
      <main id="main" className="list-main">
        <EmptyState icon="alert" title={t('notFound.heading')}>
          <p>{t('notFound.body', { path })}</p>
          <Link href={listPath} className="btn btn--primary">
            {t('notFound.back')}
          </Link>
        </EmptyState>
      </main>
    </div>
  );
}
