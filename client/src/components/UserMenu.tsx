import { useId, useState } from 'react';
import type { Identity } from '../collab/identity';
import { useT } from '../i18n/useT';
import { Avatar } from './Avatar';
import { Modal } from './Modal';
import { NameForm } from './NameForm';

/** The local user in the header; clicking it changes the display name. */
export function UserMenu({
  identity,
  onRename,
  onSignOut,
}: {
  identity: Identity;
  onRename(name: string): void;
  onSignOut?: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button
        type="button"
        className="user-chip"
        title={t('identity.change')}
        data-testid="user-name"
        onClick={() => setEditing(true)}
      >
        <Avatar name={identity.name} color={identity.color} size={26} />
        <span className="user-chip__name">{identity.name}</span>
      </button>
      <Modal open={editing} onClose={() => setEditing(false)} labelledBy={headingId}>
        <h2 id={headingId} className="modal__title">
          {t('identity.changeHeading')}
        </h2>
        <NameForm
          initial={identity.name}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
          onSave={(name) => {
            onRename(name);
            setEditing(false);
          }}
        />
        {onSignOut && (
          <div className="modal__footer">
            <button type="button" className="link-btn" data-testid="sign-out" onClick={onSignOut}>
              {t('identity.signOut')}
            </button>
          </div>
        )}
      </Modal>
    </>
  );
}
