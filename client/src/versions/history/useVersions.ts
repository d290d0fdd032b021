import { useCallback } from 'react';
import { useResource } from '../../api/useResource';
import { versionsApi, type Version } from '../versionsApi';

/** A bill's versions, newest first, with a way to add one just saved without refetching. */
export function useVersions(billId: string) {
  const load = useCallback((signal: AbortSignal) => versionsApi.list(billId, signal), [billId]);
  const { state, reload, update } = useResource(load);
  const prepend = useCallback(
    (version: Version) => update((list) => [version, ...list.filter((v) => v.id !== version.id)]),
    [update],
  );
  return { state, reload, prepend };
}
