// [R-REV-UNDO] Undo re-attaches an orphaned thread. Stock y-websocket clients, a real Y.UndoManager: the
// editor deletes the quoted words (the thread is orphaned, still listed with its quote), then undoes.
// Undo re-inserts the words as new items: the undoing client's positions follow its own redo links,
// everyone else (the server included) re-attaches by finding the quote in the same provision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAnchor } from '../../core/review/createAnchor';
import { resolveAnchor } from '../../core/review/resolveAnchor';
import { sentenceRuns } from '../../core/review/sentenceRuns';
import { sentencesByPid } from '../../core/review/sentencesByPid';
import type { ThreadView } from '../../core/review/threadView';
import type { ThreadAnchor } from '../../core/review/types';
import { waitFor } from '../helpers/waitFor';
import { connectClient, converged, synced, type YClient } from '../helpers/ywsClient';
import { startReviewWorld, TEXTS, type Named, type ReviewWorld } from './reviewFixtures';

let w: ReviewWorld;
const clients: YClient[] = [];
beforeAll(async () => {
  w = await startReviewWorld();
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await w.close();
});

const billClient = async (who: Named, billId: string) => {
  const c = connectClient(w.s.wsUrl, billId, { headers: { cookie: w.users[who].cookie } });
  clients.push(c);
  await synced(c);
  return c;
};

describe('[R-REV-UNDO-01] undo of a deletion re-attaches the thread', () => {
  it('orphaned while the words are gone, attached again after Y.UndoManager.undo()', async () => {
    const bill = await w.bill();
    const pid = bill.pids[0] ?? '';
    const [editor, reviewer] = [await billClient('editor', bill.id), await billClient('reviewer', bill.id)];
    // The reviewer (read-only on the bill) anchors on its own synced copy, as the browser does.
    const quote = '通信の複製';
    const at = TEXTS[0].indexOf(quote);
    const anchor = createAnchor(reviewer.fragment, pid, at, at + quote.length);
    const made = await w.call<ThreadView>('reviewer', 'POST', `/api/bills/${bill.id}/threads`, {
      anchor,
      body: '範囲が広すぎる。',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      orphaned: false,
      range: { start: at, end: at + quote.length, text: quote, via: 'position' },
    });

    const undo = new Y.UndoManager(editor.fragment);
    const run = sentenceRuns(sentencesByPid(editor.fragment).get(pid) as Y.XmlElement).runs[0]
      ?.text as Y.XmlText;
    run.delete(at - 1, quote.length + 3); // 、通信の複製を
    undo.stopCapturing();
    const orphaned = await waitFor(
      async () => (await w.threads(bill.id)).find((t) => t.id === made.body.id && t.orphaned),
      { message: 'orphaned' },
    );
    expect(orphaned).toMatchObject({ orphanReason: 'text-deleted', range: null, anchor: { quote } });

    undo.undo();
    const back = await waitFor(
      async () => (await w.threads(bill.id)).find((t) => t.id === made.body.id && !t.orphaned),
      { message: 're-attached' },
    );
    expect(back.range).toEqual({ start: at, end: at + quote.length, text: quote, via: 'quote' });
    await converged([editor, reviewer]);
    const stored = back.anchor as ThreadAnchor;
    expect(resolveAnchor(editor.fragment, stored)).toMatchObject({
      orphaned: false,
      text: quote,
      via: 'position',
    });
    expect(resolveAnchor(reviewer.fragment, stored)).toMatchObject({
      orphaned: false,
      text: quote,
      via: 'quote',
    });
  });
});
