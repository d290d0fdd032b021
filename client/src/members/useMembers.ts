import { useCallback, useEffect, useState } from 'react';
import { roles, type BillMember, type Role } from '../../../core/auth/roles';
import { membersApi } from '../api/membersApi';

export type MembersState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; members: BillMember[] };

/** Strongest role first, then by name. */
export function sortMembers(members: readonly BillMember[]): BillMember[] {
  const rank = (role: Role) => roles.indexOf(role);
  return [...members].sort(
    (a, b) =>
      rank(a.role) - rank(b.role) ||
      a.displayName.localeCompare(b.displayName) ||
      a.username.localeCompare(b.username),
  );
}

/** A bill's members, with add/change and remove that keep the local list in step with the server. */
export function useMembers(billId: string) {
  const [state, setState] = useState<MembersState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    membersApi.list(billId, abort.signal).then(
      (members) => setState({ status: 'ready', members: sortMembers(members) }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [billId, generation]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setGeneration((g) => g + 1);
  }, []);

  /** Adds someone or changes their role; rejects with the server's error (e.g. 409 last owner). */
  const setRole = useCallback(
    async (username: string, role: Role) => {
      const member = await membersApi.set(billId, username, role);
      setState((s) =>
        s.status === 'ready'
          ? {
              status: 'ready',
              members: sortMembers([...s.members.filter((m) => m.userId !== member.userId), member]),
            }
          : s,
      );
      return member;
    },
    [billId],
  );

  const remove = useCallback(
    async (username: string) => {
      await membersApi.remove(billId, username);
      setState((s) =>
        s.status === 'ready'
          ? { status: 'ready', members: s.members.filter((m) => m.username !== username) }
          : s,
      );
    },
    [billId],
  );

  return { state, reload, setRole, remove };
}
