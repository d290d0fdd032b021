import type { PresenceUser } from './connectionState';

/** Awareness states → people in the room: the local user first, then by name; states without a user are skipped. */
export function presenceFromStates(
  states: ReadonlyMap<number, Record<string, unknown>>,
  selfId: number,
): PresenceUser[] {
  const users: PresenceUser[] = [];
  for (const [clientId, state] of states) {
    const user = state.user;
    if (typeof user !== 'object' || user === null) continue;
    const { name, color } = user as { name?: unknown; color?: unknown };
    if (typeof name !== 'string' || !name) continue;
    users.push({
      clientId,
      name,
      color: typeof color === 'string' ? color : '#64748b',
      isSelf: clientId === selfId,
    });
  }
  return users.sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}
