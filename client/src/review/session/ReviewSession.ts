// One bill's review document (DESIGN.md §5): a second y-websocket provider on the read-only review room
// `<billId>:review`, whose `threads` map the server writes. Like BillConnection, the Y.Doc lives as long as
// the page and connect()/disconnect() create and destroy the provider, so React's remounts are safe.
// Also the meeting point of the review UI: the editor publishes the threads resolved against its text
// (views) and a small bridge (open a thread, a provision's text) for panels outside the editor.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BillMember } from '../../../../core/auth/roles';
import { reviewRoomName } from '../../../../core/collab';
import { readThreads, threadsMap, type ThreadRecord, type ThreadView } from '../../../../core/review';
import { membersApi } from '../../api/membersApi';
import { collabUrl } from '../../collab/collabUrl';

export interface ReviewSnapshot {
  /** Threads as stored, oldest first. */
  records: readonly ThreadRecord[];
  /** True once the review room has synced at least once. */
  synced: boolean;
  /** Threads resolved against the editor's current text; null until the editor has computed them. */
  views: readonly ThreadView[] | null;
}

/** What the editor lends to review UI rendered outside it (finding cards, the panel of another tab). */
export interface ReviewBridge {
  /** Selects the thread's words (or its provision), marks it active and shows it in the threads panel. */
  openThread(threadId: string): void;
  /** A provision's text as the rules engine reads it (for waiver text hashes). */
  provisionText(pid: string): string | undefined;
}

const none: readonly ThreadRecord[] = [];

export class ReviewSession {
  readonly doc = new Y.Doc();
  private provider: WebsocketProvider | null = null;
  private snapshot: ReviewSnapshot = { records: none, synced: false, views: null };
  private readonly listeners = new Set<() => void>();
  private teardown: (() => void) | null = null;
  private membersLoad: Promise<BillMember[]> | null = null;
  private lent: ReviewBridge | null = null;

  constructor(
    readonly billId: string,
    /** The bill's text (the XmlFragment the editor is bound to): anchors resolve against it. */
    readonly fragment: Y.XmlFragment,
  ) {}

  /** Opens the review socket (idempotent). */
  connect(): void {
    if (this.provider) return;
    const provider = new WebsocketProvider(collabUrl(window.location), reviewRoomName(this.billId), this.doc);
    // Nobody's presence is shown here: the bill room has it.
    provider.awareness.setLocalState(null);
    this.provider = provider;
    const threads = threadsMap(this.doc);
    const onChange = () => this.set({ records: readThreads(this.doc) });
    const onSync = (synced: boolean) => {
      if (synced) this.set({ synced: true, records: readThreads(this.doc) });
    };
    threads.observe(onChange);
    provider.on('sync', onSync);
    this.teardown = () => {
      threads.unobserve(onChange);
      provider.off('sync', onSync);
    };
  }

  /** Closes the socket; the document (and what it showed) stays. */
  disconnect(): void {
    this.teardown?.();
    this.teardown = null;
    this.provider?.destroy();
    this.provider = null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ReviewSnapshot => this.snapshot;

  /** What the editor lends to review UI outside it, while it is mounted (null: nothing). */
  get bridge(): ReviewBridge | null {
    return this.lent;
  }

  setBridge(bridge: ReviewBridge | null): void {
    this.lent = bridge;
  }

  /** The editor's resolved threads (it calls this whenever they change). */
  setViews(views: readonly ThreadView[] | null): void {
    if (views !== this.snapshot.views) this.set({ views });
  }

  /** The bill's members (for @mentions), fetched once per session. */
  members(): Promise<BillMember[]> {
    this.membersLoad ??= membersApi.list(this.billId).catch((error: unknown) => {
      this.membersLoad = null;
      throw error;
    });
    return this.membersLoad;
  }

  private set(change: Partial<ReviewSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}
