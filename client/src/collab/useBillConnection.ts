import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { BillConnection } from './BillConnection';
import type { ConnectionState } from './connectionState';
import type { Identity } from './identity';

/** The collaboration session of one bill for as long as the calling component is mounted. */
export function useBillConnection(
  billId: string,
  user: Identity,
): { connection: BillConnection; state: ConnectionState } {
  // The doc and connection are plain objects; the socket is opened in the effect below.
  const connection = useMemo(() => new BillConnection(billId), [billId]);

  useEffect(() => {
    connection.setUser(user);
  }, [connection, user]);

  useEffect(() => {
    connection.connect();
    return () => connection.disconnect();
  }, [connection]);

  const state = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  return { connection, state };
}
