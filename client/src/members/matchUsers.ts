import type { UserSummary } from '../api/usersApi';

/** Accounts whose username or display name contains `query` (case-insensitive), best matches first. */
export function matchUsers(
  users: readonly UserSummary[],
  query: string,
  exclude: ReadonlySet<string>,
  limit = 8,
): UserSummary[] {
  const q = query.trim().toLowerCase().replace(/^@/, '');
  const score = (u: UserSummary) => {
    const username = u.username.toLowerCase();
    const display = u.displayName.toLowerCase();
    if (!q) return 3;
    if (username === q) return 0;
    if (username.startsWith(q) || display.startsWith(q)) return 1;
    if (username.includes(q) || display.includes(q)) return 2;
    return -1;
  };
  return users
    .filter((u) => !exclude.has(u.id))
    .map((u) => ({ u, s: score(u) }))
    .filter(({ s }) => s >= 0)
    .sort((a, b) => a.s - b.s || a.u.displayName.localeCompare(b.u.displayName))
    .slice(0, limit)
    .map(({ u }) => u);
}
