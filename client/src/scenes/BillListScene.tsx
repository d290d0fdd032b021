import { useEffect, useState } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import type { BillSummary } from '../api/billsApi';
import { AppHeader } from '../components/AppHeader';
import { BillTable } from '../components/BillTable';
import { Brand } from '../components/Brand';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CreateBillForm } from '../components/CreateBillForm';
import { EmptyState } from '../components/EmptyState';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Notice } from '../components/Notice';
import { Spinner } from '../components/Spinner';
import { UserMenu } from '../components/UserMenu';
import { NotificationsBell } from '../review/notifications/NotificationsBell';
import { ImportXmlPanel } from '../export/ImportXmlPanel';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { navigate } from '../router/navigate';
import { billPath } from '../router/routes';
import { useBillList } from './useBillList';
import { useNow } from './useNow';

/** `/`: create a bill, open, rename or delete existing ones. */
export function BillListScene({ user, onSignOut }: { user: PublicUser; onSignOut(): void }) {
  const t = useT();
  const { state, reload, rename, remove } = useBillList();
  const now = useNow(60_000);
  const [deleting, setDeleting] = useState<BillSummary | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('list.heading')} — ${t('app.name')}`;
  }, [t]);

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteBusy(true);
    try {
      await remove(deleting.id);
      setActionError(null);
    } catch (err) {
      setActionError(t('list.deleteFailed', { message: describeError(err, t) }));
    } finally {
      setDeleteBusy(false);
      setDeleting(null);
    }
  };

  const count = state.status === 'ready' ? state.bills.length : null;
  return (
    <div className="scene scene--list">
      <AppHeader
        leading={<Brand />}
        trailing={
          <>
            <NotificationsBell />
            <LanguageSwitch />
            <UserMenu user={user} onSignOut={onSignOut} />
          </>
        }
      />
      <main id="main" className="list-main" tabIndex={-1}>
        <div className="list-page">
          <div className="list-page__intro">
            <h1 className="page-title">{t('list.heading')}</h1>
            <p className="page-subtitle">{t('list.subheading')}</p>
          </div>
          <CreateBillForm onCreated={(bill) => navigate(billPath(bill.id))} />
          <ImportXmlPanel />
          {actionError && <Notice>{actionError}</Notice>}
          <section
            className="card card--flush"
            data-testid="bill-list"
            data-state={state.status === 'ready' && !state.bills.length ? 'empty' : state.status}
            aria-busy={state.status === 'loading'}
            aria-labelledby="bill-list-heading"
          >
            <div className="card__header">
              <h2 id="bill-list-heading" className="card__title">
                {t('list.allBills')}
              </h2>
              {count !== null && (
                <span className="card__meta">
                  {count === 1 ? t('list.countOne') : t('list.count', { count })}
                </span>
              )}
            </div>
            {state.status === 'loading' && (
              <div className="list-loading">
                <Spinner label={t('list.loading')} />
                <span>{t('list.loading')}</span>
              </div>
            )}
            {state.status === 'error' && (
              <div className="list-error">
                <Notice
                  action={
                    <button type="button" className="btn btn--small" onClick={reload}>
                      {t('common.retry')}
                    </button>
                  }
                >
                  {t('list.loadError')} {describeError(state.error, t)}
                </Notice>
              </div>
            )}
            {state.status === 'ready' && state.bills.length === 0 && (
              <EmptyState title={t('list.empty')} testId="bill-list-empty">
                {t('list.emptyHint')}
              </EmptyState>
            )}
            {state.status === 'ready' && state.bills.length > 0 && (
              <BillTable bills={state.bills} now={now} onRename={rename} onDelete={setDeleting} />
            )}
          </section>
        </div>
      </main>
      <ConfirmDialog
        open={deleting !== null}
        title={t('delete.heading')}
        confirmLabel={t('delete.confirm')}
        busy={deleteBusy}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('delete.body', { title: deleting?.title ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
