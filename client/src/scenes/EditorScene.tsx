import { useEffect } from 'react';
import { ApiError } from '../api/ApiError';
import { allows } from '../api/billsApi';
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
import { closeMessage } from '../i18n/closeMessage';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { listPath } from '../router/routes';
import { EditorError } from './EditorError';
import { EditorHeaderTitle } from './EditorHeaderTitle';
import { EditorSkeleton } from './EditorSkeleton';
import { useBillMeta } from './useBillMeta';

interface EditorSceneProps {
  billId: string;
  identity: Identity;
  onRenameUser(name: string): void;
  onSignOut?: () => void;
  /** Reviewers and viewers get a read-only editor (set by the auth layer). */
  editable?: boolean;
}

/** `/bills/:id`: header with title, status and presence; the editor once the first sync is done. */
export function EditorScene({
  billId,
  identity,
  onRenameUser,
  onSignOut,
  editable = true,
}: EditorSceneProps) {
  const t = useT();
  const meta = useBillMeta(billId);
  const { connection, state } = useBillConnection(billId, identity);
  const bill = meta.state.status === 'ready' ? meta.state.bill : null;
  // Reviewers and viewers read only: the server would drop their writes anyway.
  const canEdit = editable && (!bill || allows(bill, 'bill.edit'));

  useEffect(() => {
    document.title = bill ? `${bill.title} — ${t('app.name')}` : t('app.name');
  }, [bill, t]);

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
  } else if (state.status === 'error' && !state.hasSynced && state.closeCode !== null) {
    body = <EditorError message={closeMessage(state.closeCode, t)} />;
  } else if (!bill || !state.hasSynced || !connection.provider) {
    body = <EditorSkeleton label={bill ? t('editor.syncing') : t('editor.loading')} />;
  } else {
    body = (
      <BillEditor
        doc={connection.doc}
        provider={connection.provider}
        user={identity}
        lang={bill.lang}
        editable={canEdit && state.status !== 'error'}
      />
    );
  }

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
                onRename={bill && allows(bill, 'bill.rename') ? meta.rename : undefined}
              />
            )}
            {!canEdit && (
              <span className="readonly-badge" data-testid="read-only">
                {t('editor.readOnly')}
              </span>
            )}
          </>
        }
        trailing={
          <>
            <ConnectionStatus state={state} />
            <PresenceList users={state.users} />
            <span className="header-divider" aria-hidden="true" />
            <LanguageSwitch />
            <UserMenu identity={identity} onRename={onRenameUser} onSignOut={onSignOut} />
          </>
        }
      />
      {state.status === 'error' && state.hasSynced && state.closeCode !== null && (
        <div className="banner">
          <Notice
            action={
              <button type="button" className="btn btn--small" onClick={() => window.location.reload()}>
                {t('common.reload')}
              </button>
            }
          >
            {closeMessage(state.closeCode, t)}
          </Notice>
        </div>
      )}
      {body}
    </div>
  );
}
