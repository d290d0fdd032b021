import type { UserSummary } from '../api/usersApi';
import { identityOf } from '../collab/identity';
import { Avatar } from '../components/Avatar';
import { useT } from '../i18n/useT';

/** Every account on the server. */
export function UserTable({ users, meId }: { users: readonly UserSummary[]; meId: string }) {
  const t = useT();
  return (
    <table className="data-table" data-testid="admin-users">
      <thead>
        <tr>
          <th scope="col">{t('admin.colName')}</th>
          <th scope="col">{t('signin.username')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const identity = identityOf(user);
          return (
            <tr key={user.id} data-testid="admin-user-row" data-username={user.username}>
              <td>
                <span className="person">
                  <Avatar name={identity.name} color={identity.color} size={26} />
                  <span>{user.id === meId ? t('presence.you', { name: identity.name }) : identity.name}</span>
                </span>
              </td>
              <td className="mono">@{user.username}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
