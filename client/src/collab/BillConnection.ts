// One bill's collaboration session: the Y.Doc (kept for the page's lifetime) and a y-websocket
// provider that connect()/disconnect() create and destroy, so React's mount/unmount/remount cycle is
// safe. Exposes a snapshot for useSyncExternalStore.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CONTENT_FIELD } from '../../../core/collab';
import type { Identity } from './identity';
import { collabUrl } from './collabUrl';
import {
  initialConnectionState,
  reduceConnection,
  type ConnectionEvent,
  type ConnectionState,
} from './connectionState';
import { presenceFromStates } from './presenceFromStates';

export class BillConnection {
  readonly doc = new Y.Doc();
  private current: WebsocketProvider | null = null;
  private state: ConnectionState = initialConnectionState;
  private readonly listeners = new Set<() => void>();
  private teardown: (() => void) | null = null;
  private user: Identity | null = null;

  constructor(readonly billId: string) {}

  /** The Yjs fragment that holds the bill text. */
  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(CONTENT_FIELD);
  }

  /** The live provider, or null while disconnected. */
  get provider(): WebsocketProvider | null {
    return this.current;
  }

  /** Opens the socket (idempotent). */
  connect(): void {
    if (this.current) return;
    const provider = new WebsocketProvider(collabUrl(window.location), this.billId, this.doc);
    this.current = provider;
    if (this.user) provider.awareness.setLocalStateField('user', this.user);
    this.teardown = this.listen(provider);
  }

  /** Closes the socket and forgets the provider; the document stays. */
  disconnect(): void {
    this.teardown?.();
    this.teardown = null;
    this.current?.destroy();
    this.current = null;
  }

  /** Publishes the local user (name and caret colour) to the room. */
  setUser(user: Identity): void {
    this.user = user;
    this.current?.awareness.setLocalStateField('user', { name: user.name, color: user.color });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ConnectionState => this.state;

  private dispatch(event: ConnectionEvent): void {
    const next = reduceConnection(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private listen(provider: WebsocketProvider): () => void {
    const onStatus = ({ status }: { status: string }) => {
      if (status === 'connecting') this.dispatch({ type: 'connecting' });
    };
    const onSync = (synced: boolean) =>
      this.dispatch(synced ? { type: 'synced', at: Date.now() } : { type: 'unsynced' });
    const onClose = (event: CloseEvent | null) =>
      this.dispatch({ type: 'closed', code: event ? event.code : null });
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider) return;
      this.dispatch({ type: 'localChange', at: Date.now(), sent: provider.wsconnected && provider.synced });
    };
    const onPresence = () =>
      this.dispatch({
        type: 'presence',
        users: presenceFromStates(provider.awareness.getStates(), this.doc.clientID),
      });
    const onBrowserOffline = () => this.dispatch({ type: 'browserOffline' });

    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    provider.awareness.on('change', onPresence);
    this.doc.on('update', onUpdate);
    window.addEventListener('offline', onBrowserOffline);
    onPresence();
    return () => {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      provider.awareness.off('change', onPresence);
      this.doc.off('update', onUpdate);
      window.removeEventListener('offline', onBrowserOffline);
    };
  }
}
