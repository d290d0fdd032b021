// What the header shows about the collaboration socket, as a pure reducer over provider events.
// "Saved" is the time of the last local change sent while connected and synced: the server appends
// every update to storage before relaying it, so a sent update is a stored one. A 4001 close (our role
// changed) is neither offline nor final: y-websocket reconnects at once and the page refetches its
// permissions.
import { CloseCode } from '../../../core/collab/closeCodes';

export type ConnectionStatus = 'connecting' | 'synced' | 'offline' | 'error';

/** Someone in the room, from the awareness protocol. */
export interface PresenceUser {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

export interface ConnectionState {
  status: ConnectionStatus;
  /** The 44xx close code when status is 'error'. */
  closeCode: number | null;
  /** The first sync has completed: the document holds the server's content. */
  hasSynced: boolean;
  /** Epoch ms of the last local change known to have reached the server. */
  savedAt: number | null;
  /** Local changes made while not synced; they go out with the next sync. */
  pendingLocal: boolean;
  users: readonly PresenceUser[];
  /** How many times the server said our permissions changed (close 4001): refetch them when it grows. */
  accessChanges: number;
}

export type ConnectionEvent =
  | { type: 'connecting' }
  | { type: 'synced'; at: number }
  | { type: 'unsynced' }
  | { type: 'closed'; code: number | null }
  | { type: 'localChange'; at: number; sent: boolean }
  | { type: 'browserOffline' }
  | { type: 'presence'; users: readonly PresenceUser[] };

export const initialConnectionState: ConnectionState = {
  status: 'connecting',
  closeCode: null,
  hasSynced: false,
  savedAt: null,
  pendingLocal: false,
  users: [],
  accessChanges: 0,
};

/** True for the close codes after which y-websocket stops retrying (4400–4499). */
export function isTerminalClose(code: number | null): code is number {
  return code !== null && code >= 4400 && code < 4500;
}

/** Next state; returns `state` itself when nothing changed, so subscribers can compare by identity. */
export function reduceConnection(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  const next = apply(state, event);
  const keys = Object.keys(next) as (keyof ConnectionState)[];
  return keys.every((key) => next[key] === state[key]) ? state : next;
}

function apply(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  if (state.status === 'error' && event.type !== 'presence' && event.type !== 'localChange') return state;
  switch (event.type) {
    case 'connecting':
      // A retry after a drop stays "offline" until it actually syncs: no flicker every backoff.
      return state.status === 'offline' ? state : { ...state, status: 'connecting' };
    case 'synced':
      return {
        ...state,
        status: 'synced',
        closeCode: null,
        hasSynced: true,
        savedAt: state.pendingLocal ? event.at : state.savedAt,
        pendingLocal: false,
      };
    case 'unsynced':
      return state.status === 'synced' ? { ...state, status: 'connecting' } : state;
    case 'closed':
      if (event.code === CloseCode.PermissionsChanged)
        return { ...state, status: 'connecting', accessChanges: state.accessChanges + 1 };
      return isTerminalClose(event.code)
        ? { ...state, status: 'error', closeCode: event.code }
        : { ...state, status: 'offline' };
    case 'browserOffline':
      return { ...state, status: 'offline' };
    case 'localChange':
      return event.sent ? { ...state, savedAt: event.at } : { ...state, pendingLocal: true };
    case 'presence':
      return samePresence(state.users, event.users) ? state : { ...state, users: event.users };
  }
}

function samePresence(a: readonly PresenceUser[], b: readonly PresenceUser[]): boolean {
  return (
    a.length === b.length &&
    a.every((u, i) => {
      const v = b[i];
      return (
        !!v && u.clientId === v.clientId && u.name === v.name && u.color === v.color && u.isSelf === v.isSelf
      );
    })
  );
}
