import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import { CreateUserForm } from '../admin/CreateUserForm';
import { RegistrationSetting } from '../admin/RegistrationSetting';
import { UserTable } from '../admin/UserTable';
import { auditApi } from '../api/auditApi';
import { usersApi } from '../api/usersApi';
import { useResource, type Resource } from '../api/useResource';
import { AuditTable } from '../audit/AuditTable';
import { AppHeader } from '../components/AppHeader';
import { Brand } from '../components/Brand';
import { EmptyState } from '../components/EmptyState';
import { Icon } from '../components/Icon';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Notice } from '../components/Notice';
import { Spinner } from '../components/Spinner';
import { UserMenu } from '../components/UserMenu';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { listPath } from '../router/routes';

/** `/admin`: accounts, self-registration and the server-wide audit trail (administrators only). */
export function AdminScene({ user, onSignOut }: { user: PublicUser; onSignOut(): void }) {
  const t = useT();
  useEffect(() => {
    document.title = `${t('admin.heading')} — ${t('app.name')}`;
  }, [t]);
  return (
    <div className="scene">
      <AppHeader
        leading={
          <>
            <Brand />
            <span className="header-sep" aria-hidden="true">
              /
            </span>
            <span className="header-title">{t('admin.heading')}</span>
          </>
        }
        trailing={
          <>
            <LanguageSwitch />
            <UserMenu user={user} onSignOut={onSignOut} />
          </>
        }
      />
      <main id="main" className="list-main" tabIndex={-1}>
        {user.isAdmin ? (
          <AdminPage me={user} />
        ) : (
          <EmptyState icon="lock" title={t('admin.forbidden')} testId="admin-forbidden">
            <Link href={listPath} className="btn btn--primary">
              {t('notFound.back')}
            </Link>
          </EmptyState>
        )}
      </main>
    </div>
  );
}

function AdminPage({ me }: { me: PublicUser }) {
  const t = useT();
  const loadUsers = useCallback((signal: AbortSignal) => usersApi.list(signal), []);
  const loadAudit = useCallback((signal: AbortSignal) => auditApi.all(signal), []);
  const users = useResource(loadUsers);
  const audit = useResource(loadAudit);
  const userCount = (count: number) =>
    count === 1 ? t('admin.userCountOne') : t('admin.userCount', { count });
  const names = useMemo(
    () => new Map(users.state.status === 'ready' ? users.state.data.map((u) => [u.id, u.username]) : []),
    [users.state],
  );

  return (
    <div className="list-page" data-testid="admin-page">
      <div className="list-page__intro">
        <h1 className="page-title">{t('admin.heading')}</h1>
        <p className="page-subtitle">{t('admin.subheading')}</p>
      </div>
      <Section title={t('admin.createHeading')} intro={t('admin.createIntro')}>
        <CreateUserForm
          onCreated={(created) => {
            users.update((list) => [...list, created]);
            audit.reload();
          }}
        />
      </Section>
      <Section
        title={t('admin.usersHeading')}
        meta={users.state.status === 'ready' ? userCount(users.state.data.length) : undefined}
        flush
      >
        <Loaded resource={users.state} onRetry={users.reload}>
          {(list) => <UserTable users={list} meId={me.id} />}
        </Loaded>
      </Section>
      <Section title={t('admin.registrationHeading')}>
        <RegistrationSetting />
      </Section>
      <Section
        title={t('admin.auditHeading')}
        flush
        action={
          <button
            type="button"
            className="btn btn--small"
            onClick={audit.reload}
            data-testid="admin-audit-refresh"
          >
            <Icon name="refresh" size={14} />
            {t('audit.refresh')}
          </button>
        }
      >
        <Loaded resource={audit.state} onRetry={audit.reload}>
          {(entries) => (
            <div className="admin-audit" data-testid="admin-audit">
              <AuditTable entries={entries} names={names} showBill />
            </div>
          )}
        </Loaded>
      </Section>
    </div>
  );
}

function Section({
  title,
  intro,
  meta,
  action,
  flush = false,
  children,
}: {
  title: string;
  intro?: string;
  meta?: string;
  action?: ReactNode;
  flush?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={`card admin-section${flush ? ' card--flush' : ''}`} aria-label={title}>
      <div className={flush ? 'card__header' : 'admin-section__header'}>
        <div>
          <h2 className="card__title">{title}</h2>
          {intro && <p className="admin-section__intro">{intro}</p>}
        </div>
        {meta && <span className="card__meta">{meta}</span>}
        {action}
      </div>
      {children}
    </section>
  );
}

function Loaded<T>({
  resource,
  onRetry,
  children,
}: {
  resource: Resource<T>;
  onRetry(): void;
  children(data: T): ReactNode;
}) {
  const t = useT();
  if (resource.status === 'loading')
    return (
      <div className="list-loading">
        <Spinner label={t('admin.loading')} />
      </div>
    );
  if (resource.status === 'error')
    return (
      <div className="list-error">
        <Notice
          action={
            <button type="button" className="btn btn--small" onClick={onRetry}>
              {t('common.retry')}
            </button>
          }
        >
          {describeError(resource.error, t)}
        </Notice>
      </div>
    );
  return <>{children(resource.data)}</>;
}
