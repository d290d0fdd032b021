// Stock y-websocket clients in Node (the same WebsocketProvider the browser uses), on the `ws` package.
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { billExtensions } from '../../core/bill/nodes';
import type { BillJSON } from '../../core/bill/types';
import { waitFor } from './waitFor';

const schema = getSchema(billExtensions);

export interface YClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  fragment: Y.XmlFragment;
  /** Close events seen by this client. */
  closes: { code: number; reason: string }[];
  json(): BillJSON;
  destroy(): void;
}

export function connectClient(wsUrl: string, billId: string, opts: { headers?: Record<string, string>; connect?: boolean } = {}): YClient {
  const doc = new Y.Doc();
  const headers = opts.headers;
  class HeaderWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const provider = new WebsocketProvider(wsUrl, billId, doc, {
    WebSocketPolyfill: (headers ? HeaderWebSocket : WebSocket) as unknown as typeof globalThis.WebSocket,
    connect: opts.connect ?? true,
    disableBc: true,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event: CloseEvent | null) => {
    if (event) closes.push({ code: event.code, reason: String(event.reason) });
  });
  const fragment = doc.getXmlFragment('content');
  return {
    doc,
    provider,
    fragment,
    closes,
    json: () => yXmlFragmentToProseMirrorRootNode(fragment, schema).toJSON() as BillJSON,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when the client has synced with the server. */
export function synced(client: YClient): Promise<boolean> {
  return waitFor(() => client.provider.synced, { message: 'client sync' });
}

/** Resolves when all clients have identical document states. */
export function converged(clients: YClient[], timeout = 10_000): Promise<boolean> {
  return waitFor(
    () => {
      const [first, ...rest] = clients.map((c) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64'));
      const texts = clients.map((c) => c.fragment.toString());
      return rest.every((sv) => sv === first) && texts.every((t) => t === texts[0]);
    },
    { timeout, message: 'clients to converge' },
  );
}
