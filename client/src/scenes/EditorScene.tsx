import { useEffect, useState } from 'react';
import type { PublicUser } from '../../../core/auth/roles';
import { CloseCode } from '../../../core/collab/closeCodes';
import { ApiError } from '../api/ApiError';
import { allows } from '../api/billsApi';
import { reportSessionExpired } from '../api/sessionExpired';
import { AuditDialog } from '../audit/AuditDialog';
import { useBillConnection } from '../collab/useBillConnection';
import type { Identity } from '../collab/identity';
import { AppHeader } from '../components/AppHeader';
import { Brand } from '../components/Brand';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Icon } from '../components/Icon';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Notice } from '../components/Notice';
import { PresenceList } from '../components/PresenceList';
import { UserMenu } from '../components/UserMenu';
import { BillEditor } from '../editor/BillEditor';
import { ExportMenu } from '../export/ExportMenu';
import { ImportWarnings } from '../export/ImportWarnings';
import { closeMessage } from '../i18n/closeMessage';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { listPath } from '../router/routes';
import { MembersDialog } from '../members/MembersDialog';
import { NotificationsBell } from '../review/notifications/NotificationsBell';
import { ReviewScope } from '../review/session/ReviewScope';
import { HistoryButton } from '../versions/history/HistoryButton';
import { HistoryPanel } from '../versions/history/HistoryPanel';
import { EditorError } from './EditorError';
import { EditorHeaderTitle } from './EditorHeaderTitle';
import { EditorSkeleton } from './EditorSkeleton';
import { useBillMeta } from './useBillMeta';

interface EditorSceneProps {
  billId: string;
  user: PublicUser;
  identity: Identity;
  onSignOut(): void;
}

/**
 * `/bills/:id`: header with title, status, presence, members and audit; the editor once the first sync is
 * done. The bill's permissions decide what is shown, and are refetched whenever the server says they
 * changed (socket close 4001); losing access (4403) or the session (4401) ends the page.
 */
export function EditorScene({ billId, user, identity, onSignOut }: EditorSceneProps) {
  const t = useT();
  const { connection, state } = useBillConnection(billId, identity);
  const meta = useBillMeta(billId, state.accessChanges);
  const [dialog, setDialog] = useState<'members' | 'audit' | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const bill = meta.state.status === 'ready' ? meta.state.bill : null;
  const closeCode = state.status === 'error' ? state.closeCode : null;
  const lost = closeCode === CloseCode.Forbidden || closeCode === CloseCode.NotFound;
  // Reviewers and viewers read only: the server drops their writes anyway.
  const canEdit = !!bill && allows(bill, 'bill.edit');

  useEffect(() => {
    document.title = bill ? `${bill.title} — ${t('app.name')}` : t('app.name');
  }, [bill, t]);

  useEffect(() => {
    if (closeCode === CloseCode.NotSignedIn) reportSessionExpired();
  }, [closeCode]);

  let body;
  if (meta.state.status === 'error') {
    const { error } = meta.state;
    const notFound = error instanceof ApiError && error.status === 404;
    body = (
      <EditorError
        message={notFound ? t('close.4404') : describeError(error, t)}
        onRetry={notFound ? undefined : meta.reload}
      />
    );
  } else if (closeCode === CloseCode.Forbidden) {
    body = state.hasSynced ? (
      <EditorError
        heading={t('access.removedHeading')}
        message={t('access.removed')}
        testId="access-removed"
      />
    ) : (
      <EditorError message={t('close.4403')} />
    );
  } else if (closeCode !== null && (!state.hasSynced || closeCode === CloseCode.NotFound)) {
    body = <EditorError message={closeMessage(closeCode, t)} />;
  } else if (!bill || !state.hasSynced || !connection.provider) {
    body = <EditorSkeleton label={bill ? t('editor.syncing') : t('editor.loading')} />;
  } else {
    body = (
      <BillEditor
        billId={billId}
        doc={connection.doc}
        provider={connection.provider}
        user={identity}
        lang={bill.lang}
        editable={canEdit && state.status !== 'error'}
      />
    );
  }

  const showTools = !!bill && !lost;
  return (
    <div className="scene scene--editor">
      <AppHeader
        leading={
          <>
            <Brand compact />
            <Link href={listPath} className="header-back" title={t('editor.backToList')}>
              <Icon name="back" size={16} />
              <span>{t('editor.backToList')}</span>
            </Link>
            <span className="header-sep" aria-hidden="true">
              /
            </span>
            {meta.state.status !== 'error' && (
              <EditorHeaderTitle
                title={bill?.title ?? null}
                onRename={bill && !lost && allows(bill, 'bill.rename') ? meta.rename : undefined}
              />
            )}
            {showTools && !canEdit && (
              <span
                className="readonly-badge"
                data-testid="read-only"
                data-role={bill.role}
                title={t('editor.readOnlyHint')}
              >
                <Icon name="lock" size={12} />
                {/* The role is dropped from the chip when the header is narrow (CSS shows one of the two). */}
                <span className="readonly-badge__full">
                  {t(
                    bill.role === 'reviewer'
                      ? 'editor.readOnlyReviewer'
                      : bill.role === 'viewer'
                        ? 'editor.readOnlyViewer'
                        : 'editor.readOnly',
                  )}
                </span>
                <span className="readonly-badge__short">{t('editor.readOnly')}</span>
              </span>
            )}
          </>
        }
        trailing={
          <>
            <ConnectionStatus state={state} />
            <PresenceList users={state.users} />
            {showTools && (
              <>
                <span className="header-divider" aria-hidden="true" />
                {allows(bill, 'version.read') && (
                  <HistoryButton open={historyOpen} onToggle={() => setHistoryOpen((open) => !open)} />
                )}
                {allows(bill, 'export') && <ExportMenu bill={bill} />}
                {allows(bill, 'members.read') && (
                  <button
                    type="button"
                    className="header-btn header-btn--secondary"
                    data-testid="open-members"
                    aria-haspopup="dialog"
                    title={t('members.heading')}
                    onClick={() => setDialog('members')}
                  >
                    <Icon name="users" size={16} />
                    <span className="header-btn__label">{t('members.open')}</span>
                  </button>
                )}
                {allows(bill, 'audit.read') && (
                  <button
                    type="button"
                    className="header-btn header-btn--secondary"
                    data-testid="open-audit"
                    aria-haspopup="dialog"
                    title={t('audit.heading')}
                    onClick={() => setDialog('audit')}
                  >
                    <Icon name="history" size={16} />
                    <span className="header-btn__label">{t('audit.open')}</span>
                  </button>
                )}
              </>
            )}
            <span className="header-divider" aria-hidden="true" />
            <NotificationsBell />
            <LanguageSwitch />
            <UserMenu user={user} onSignOut={onSignOut} />
          </>
        }
      />
      {closeCode !== null && state.hasSynced && !lost && closeCode !== CloseCode.NotSignedIn && (
        <div className="banner">
          <Notice
            action={
              <button type="button" className="btn btn--small" onClick={() => window.location.reload()}>
                {t('common.reload')}
              </button>
            }
          >
            {closeMessage(closeCode, t)}
          </Notice>
        </div>
      )}
      <ImportWarnings key={billId} billId={billId} />
      <ReviewScope billId={billId} bill={lost ? null : bill} user={user} fragment={connection.fragment}>
        {body}
      </ReviewScope>
      {showTools && historyOpen && allows(bill, 'version.read') && (
        <HistoryPanel bill={bill} onClose={() => setHistoryOpen(false)} />
      )}
      {showTools && (
        <>
          <MembersDialog open={dialog === 'members'} bill={bill} me={user} onClose={() => setDialog(null)} />
          {allows(bill, 'audit.read') && (
            <AuditDialog open={dialog === 'audit'} bill={bill} onClose={() => setDialog(null)} />
          )}
        </>
      )}
    </div>
  );
}
