import { describe, expect, it } from 'vitest';
import {
  initialConnectionState,
  reduceConnection,
  type ConnectionEvent,
  type ConnectionState,
} from './connectionState';

const play = (events: ConnectionEvent[], from: ConnectionState = initialConnectionState) =>
  events.reduce(reduceConnection, from);

describe('reduceConnection', () => {
  it('goes connecting → synced and records saves only while synced', () => {
    const synced = play([{ type: 'connecting' }, { type: 'synced', at: 1 }]);
    expect(synced.status).toBe('synced');
    expect(synced.savedAt).toBeNull();
    expect(play([{ type: 'localChange', at: 5, sent: true }], synced).savedAt).toBe(5);
  });

  it('stays offline through retries and saves pending changes on the next sync', () => {
    const offline = play([
      { type: 'synced', at: 1 },
      { type: 'closed', code: 1006 },
      { type: 'localChange', at: 2, sent: false },
      { type: 'connecting' },
    ]);
    expect(offline.status).toBe('offline');
    expect(offline.pendingLocal).toBe(true);
    const back = play([{ type: 'synced', at: 9 }], offline);
    expect(back).toMatchObject({ status: 'synced', savedAt: 9, pendingLocal: false });
  });

  it('treats 44xx closes as final', () => {
    const error = play([{ type: 'closed', code: 4403 }, { type: 'connecting' }, { type: 'synced', at: 1 }]);
    expect(error).toMatchObject({ status: 'error', closeCode: 4403, hasSynced: false });
  });

  it('counts permission changes (4001) and keeps reconnecting through them', () => {
    const changed = play([
      { type: 'synced', at: 1 },
      { type: 'closed', code: 4001 },
    ]);
    expect(changed).toMatchObject({ status: 'connecting', accessChanges: 1, hasSynced: true });
    const back = play([{ type: 'connecting' }, { type: 'synced', at: 2 }], changed);
    expect(back).toMatchObject({ status: 'synced', accessChanges: 1 });
  });

  it('returns the same object when nothing changed', () => {
    const state = play([{ type: 'synced', at: 1 }]);
    expect(reduceConnection(state, { type: 'presence', users: [] })).toBe(state);
    expect(reduceConnection(state, { type: 'synced', at: 1 })).toBe(state);
  });
});
