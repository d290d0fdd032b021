// One stock y-websocket client (WebsocketProvider over `ws`, as the browser uses it) that types markers
// into its room's bench sentence and reports every marker that arrives from other clients.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { RoomRef } from './BenchTarget';
import { createBenchSentence, findBenchSentence } from './benchSentence';
import { encodeMarker, parseMarkers, preciseNow, type EditMarker } from './editMarker';

export type DeliveryListener = (marker: EditMarker, receivedAt: number, receiver: number) => void;

export class BenchClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Close codes seen (each close after the first sync is a reconnect). */
  readonly closeCodes: number[] = [];
  private text: Y.XmlText | null = null;
  private seq = 0;

  constructor(
    readonly index: number,
    readonly roomIndex: number,
    room: RoomRef,
    private readonly onDelivery: DeliveryListener,
  ) {
    const headers = room.headers;
    class HeaderWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    this.provider = new WebsocketProvider(room.serverUrl, room.room, this.doc, {
      WebSocketPolyfill: (headers ? HeaderWebSocket : WebSocket) as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    this.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) this.closeCodes.push(event.code);
    });
  }

  get synced(): boolean {
    return this.provider.synced;
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment('content');
  }

  /** The room's first client creates the sentence. */
  createSentence(): void {
    this.attach(createBenchSentence(this.fragment));
  }

  /** The others pick it up once synced; true when attached. */
  findSentence(): boolean {
    if (this.text) return true;
    const text = findBenchSentence(this.fragment);
    if (text) this.attach(text);
    return text !== null;
  }

  private attach(text: Y.XmlText): void {
    this.text = text;
    text.observe((event, tr) => {
      if (tr.local) return;
      const receivedAt = preciseNow();
      for (const op of event.delta) {
        if (typeof op.insert !== 'string') continue;
        for (const marker of parseMarkers(op.insert)) this.onDelivery(marker, receivedAt, this.index);
      }
    });
  }

  /** Types one marker at `position` (0…1 of the current length); returns what was sent. */
  edit(position: number): EditMarker {
    if (!this.text) throw new Error(`client ${this.index} has no bench sentence`);
    const marker: EditMarker = { sender: this.index, seq: this.seq++, sentAt: preciseNow() };
    this.text.insert(Math.floor(position * (this.text.length + 1)), encodeMarker(marker));
    return marker;
  }

  /** Text length (for convergence checks). */
  get textLength(): number {
    return this.text?.length ?? -1;
  }

  /** The document's state vector, comparable across clients. */
  stateKey(): string {
    return Buffer.from(Y.encodeStateVector(this.doc)).toString('base64');
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
