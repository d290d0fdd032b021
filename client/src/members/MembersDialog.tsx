import { useEffect, useId, useMemo, useState } from 'react';
import type { PublicUser, Role } from '../../../core/auth/roles';
import { ApiError } from '../api/ApiError';
import { allows, type BillSummary } from '../api/billsApi';
import { usersApi, type UserSummary } from '../api/usersApi';
import { Icon } from '../components/Icon';
import { Modal, ModalHead } from '../components/Modal';
import { Notice } from '../components/Notice';
import { Spinner } from '../components/Spinner';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { AddMemberForm } from './AddMemberForm';
import { MemberRow } from './MemberRow';
import { useMembers } from './useMembers';

interface MembersDialogProps {
  open: boolean;
  bill: BillSummary;
  me: PublicUser;
  onClose(): void;
}

/** Who works on the bill and in which role; owners add, change and remove people. */
export function MembersDialog({ open, bill, me, onClose }: MembersDialogProps) {
  const t = useT();
  const headingId = useId();
  return (
    <Modal
      open={open}
      onClose={onClose}
      labelledBy={headingId}
      className="modal--wide"
      testId="members-dialog"
    >
      <ModalHead headingId={headingId} title={t('members.heading')} subtitle={bill.title} onClose={onClose} closeTestId="members-close" />
      <MembersPanel bill={bill} me={me} />
    </Modal>
  );
}

/** The dialog's content: mounted while it is open, so every opening shows the current list. */
function MembersPanel({ bill, me }: { bill: BillSummary; me: PublicUser }) {
  const t = useT();
  const canManage = allows(bill, 'members.manage');
  const { state, reload, setRole, remove } = useMembers(bill.id);
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!canManage) return;
    const abort = new AbortController();
    usersApi.list(abort.signal).then(setUsers, (err: unknown) => {
      if (!abort.signal.aborted) setError(describeError(err, t));
    });
    return () => abort.abort();
  }, [canManage, t]);

  const memberIds = useMemo(
    () => new Set(state.status === 'ready' ? state.members.map((m) => m.userId) : []),
    [state],
  );

  // The known refusals in the interface language; anything else as the server put it.
  const explain = (err: unknown, username: string) => {
    if (err instanceof ApiError && err.status === 409) return t('members.lastOwner');
    if (err instanceof ApiError && err.status === 404 && /user/.test(err.message))
      return t('members.noSuchUser', { username });
    return describeError(err, t);
  };

  const run = async (username: string, action: () => Promise<unknown>) => {
    setPending(username);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(explain(err, username));
      throw err;
    } finally {
      setPending(null);
    }
  };
  const changeRole = (username: string, role: Role) =>
    void run(username, () => setRole(username, role)).catch(() => undefined);
  const removeMember = (username: string) =>
    void run(username, () => remove(username)).catch(() => undefined);

  return (
    <div className="members">
      {error && (
        <div className="members__error" data-testid="members-error">
          <Notice>{error}</Notice>
        </div>
      )}
      {state.status === 'loading' && (
        <div className="list-loading">
          <Spinner label={t('members.loading')} />
          <span>{t('members.loading')}</span>
        </div>
      )}
      {state.status === 'error' && (
        <Notice
          action={
            <button type="button" className="btn btn--small" onClick={reload}>
              {t('common.retry')}
            </button>
          }
        >
          {describeError(state.error, t)}
        </Notice>
      )}
      {state.status === 'ready' && (
        <ul className="member-list" aria-label={t('members.listLabel')} data-testid="member-list">
          {state.members.map((member) => (
            <MemberRow
              key={member.userId}
              member={member}
              isSelf={member.userId === me.id}
              canManage={canManage}
              busy={pending === member.username}
              onRole={(role) => changeRole(member.username, role)}
              onRemove={() => removeMember(member.username)}
            />
          ))}
        </ul>
      )}
      {canManage ? (
        <AddMemberForm
          users={users}
          exclude={memberIds}
          onAdd={(username, role) => run(username, () => setRole(username, role)).then(() => undefined)}
        />
      ) : (
        <p className="members__readonly" data-testid="members-readonly">
          <Icon name="lock" size={14} />
          {t('members.onlyOwners')}
        </p>
      )}
      <dl className="role-legend">
        {(['owner', 'editor', 'reviewer', 'viewer'] as const).map((role) => (
          <div key={role} className="role-legend__item">
            <dt>{t(`role.${role}`)}</dt>
            <dd>{t(`role.${role}.hint`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
