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
  /** Where this client types next (an index; remote inserts before it shift it a little, which is fine). */
  private cursor = 0;

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
    // Arrival = the remote update applied to this doc. Reading the markers from the applied update costs
    // O(update); a text observer's delta walks the whole (growing) text on every event and made the load
    // generator, not the server, the bottleneck.
    this.doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
      if (tr.local) return;
      const receivedAt = preciseNow();
      for (const text of insertedStrings(update)) {
        for (const marker of parseMarkers(text)) this.onDelivery(marker, receivedAt, this.index);
      }
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
  }

  /**
   * Types one marker at this client's cursor, like a drafter typing in place; `jump` (0…1 of the text) moves
   * the cursor first, like a click elsewhere. Typing in place keeps Yjs's position markers warm: inserting at
   * a random index each time made the load generator, not the server, the bottleneck.
   */
  edit(jump: number | null): EditMarker {
    const text = this.text;
    if (!text) throw new Error(`client ${this.index} has no bench sentence`);
    if (jump !== null) this.cursor = Math.floor(jump * (text.length + 1));
    const marker: EditMarker = { sender: this.index, seq: this.seq++, sentAt: preciseNow() };
    const str = encodeMarker(marker);
    const at = Math.min(this.cursor, text.length);
    text.insert(at, str);
    this.cursor = at + str.length;
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

/** The strings an update inserts, with runs of one client's consecutive items joined (an insert split in two stays whole). */
function insertedStrings(update: Uint8Array): string[] {
  const runs: string[] = [];
  let run = '';
  let next: { client: number; clock: number } | null = null;
  for (const struct of Y.decodeUpdate(update).structs) {
    const str =
      struct instanceof Y.Item && struct.content instanceof Y.ContentString ? struct.content.str : null;
    const contiguous = next !== null && struct.id.client === next.client && struct.id.clock === next.clock;
    if (!contiguous && run) runs.push(run);
    if (!contiguous) run = '';
    if (str !== null) run += str;
    next = { client: struct.id.client, clock: struct.id.clock + struct.length };
  }
  if (run) runs.push(run);
  return runs;
}
