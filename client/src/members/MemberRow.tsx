import type { BillMember, Role } from '../../../core/auth/roles';
import { identityOf } from '../collab/identity';
import { Avatar } from '../components/Avatar';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/useT';
import { RoleSelect } from './RoleSelect';

interface MemberRowProps {
  member: BillMember;
  isSelf: boolean;
  /** Owners get a role select and a remove button; everyone else sees the role. */
  canManage: boolean;
  busy: boolean;
  onRole(role: Role): void;
  onRemove(): void;
}

/** One person on the bill: who, their role, and (for owners) change or remove. */
export function MemberRow({ member, isSelf, canManage, busy, onRole, onRemove }: MemberRowProps) {
  const t = useT();
  const identity = identityOf({
    id: member.userId,
    username: member.username,
    displayName: member.displayName,
  });
  const name = isSelf ? t('presence.you', { name: identity.name }) : identity.name;
  return (
    <li
      className="member-row"
      data-testid="member-row"
      data-username={member.username}
      data-role={member.role}
    >
      <Avatar name={identity.name} color={identity.color} size={32} />
      <div className="member-row__names">
        <span className="member-row__display">{name}</span>
        <span className="member-row__username">@{member.username}</span>
      </div>
      {canManage ? (
        <>
          <RoleSelect
            value={member.role}
            label={t('members.roleOf', { name: identity.name })}
            testId="member-role"
            disabled={busy}
            onChange={onRole}
          />
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={t('members.removeNamed', { name: identity.name })}
            title={t('members.remove')}
            data-testid="member-remove"
            disabled={busy}
            onClick={onRemove}
          >
            <Icon name="trash" size={16} />
          </button>
        </>
      ) : (
        <span className={`role-badge role-badge--${member.role}`} data-testid="member-role-label">
          {t(`role.${member.role}`)}
        </span>
      )}
    </li>
  );
}
