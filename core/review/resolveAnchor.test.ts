// [R-REV-A] Anchors that survive editing: relative positions on the provision's text runs, orphaned when
// the words go, re-attached by quote when the text comes back as new items (undo, move).
import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleJSON, billJSON, paragraphJSON } from '../bill/builders';
import { billExtensions } from '../bill/nodes';
import type { BillJSON } from '../bill/types';
import { createAnchor } from './createAnchor';
import { resolveAnchor } from './resolveAnchor';
import { sentenceRuns } from './sentenceRuns';
import { sentencesByPid } from './sentencesByPid';

const schema = getSchema(billExtensions);
const TEXT = '内閣総理大臣は、通信の秘密を侵さない範囲で、措置をとることができる。';

function setup(paragraph: BillJSON = paragraphJSON(TEXT)) {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('content');
  prosemirrorJSONToYXmlFragment(schema, billJSON('法案', [articleJSON('目的', [paragraph])]), fragment);
  const pid = String(paragraph.attrs?.pid);
  const sentence = () => sentencesByPid(fragment).get(pid) as Y.XmlElement;
  const run = () => sentenceRuns(sentence()).runs[0]?.text as Y.XmlText;
  return { doc, fragment, pid, sentence, run };
}

const quoteAt = (quote: string) => [TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length] as const;

describe('resolveAnchor', () => {
  it('[R-REV-A-01] covers the quoted words and follows edits before, after and inside them', () => {
    const { fragment, pid, run } = setup();
    const [s, e] = quoteAt('通信の秘密');
    const anchor = createAnchor(fragment, pid, s, e);
    expect(anchor.quote).toBe('通信の秘密');
    expect(resolveAnchor(fragment, anchor)).toMatchObject({
      orphaned: false,
      text: '通信の秘密',
      via: 'position',
    });
    run().insert(0, '前文。');
    run().insert(run().toString().indexOf('を侵さない'), '（追記）'); // typed right after the range: stays outside
    run().insert(run().toString().indexOf('通信'), '【'); // typed right before the range: stays outside
    run().insert(run().toString().indexOf('の秘密'), '及び信書'); // inside: covered
    expect(resolveAnchor(fragment, anchor)).toMatchObject({
      orphaned: false,
      text: '通信及び信書の秘密',
      via: 'position',
    });
    run().delete(run().toString().indexOf('通信'), 2); // part of the words goes: the rest stays covered
    expect(resolveAnchor(fragment, anchor)).toMatchObject({ orphaned: false, text: '及び信書の秘密' });
  });

  it('[R-REV-A-02] is orphaned when its words are deleted, and when the provision is deleted', () => {
    const { fragment, pid, run } = setup();
    const [s, e] = quoteAt('範囲で、');
    const anchor = createAnchor(fragment, pid, s, e);
    run().delete(s - 2, e - s + 4);
    expect(resolveAnchor(fragment, anchor)).toEqual({ orphaned: true, reason: 'text-deleted' });
    const other = setup();
    const a2 = createAnchor(other.fragment, other.pid, 0, 6);
    const article = other.fragment.get(1) as Y.XmlElement;
    article.delete(1, 1);
    expect(resolveAnchor(other.fragment, a2)).toEqual({ orphaned: true, reason: 'provision-missing' });
  });

  it('[R-REV-A-03] spans cross-references: offsets count text runs only', () => {
    const para: BillJSON = {
      ...paragraphJSON(''),
      content: [
        {
          type: 'paragraphSentence',
          content: [
            { type: 'text', text: '前条の規定は、' },
            { type: 'xref', attrs: { target: 'x' } },
            { type: 'text', text: 'に定める措置に準用する。' },
          ],
        },
      ],
    };
    const { fragment, pid, sentence } = setup(para);
    expect(sentenceRuns(sentence()).text).toBe('前条の規定は、に定める措置に準用する。');
    const anchor = createAnchor(fragment, pid, 3, 10);
    expect(anchor.quote).toBe('規定は、に定め');
    expect(resolveAnchor(fragment, anchor)).toMatchObject({
      orphaned: false,
      start: 3,
      end: 10,
      text: '規定は、に定め',
    });
  });

  it('[R-REV-A-04] a provision moved by cut and paste (same pid, new items) is found again by its quote', () => {
    const { fragment, pid } = setup();
    const anchor = createAnchor(fragment, pid, ...quoteAt('措置'));
    const article = fragment.get(1) as Y.XmlElement;
    const copy = (article.get(1) as Y.XmlElement).clone();
    fragment.doc?.transact(() => {
      article.delete(1, 1);
      article.insert(1, [copy]);
    });
    expect(resolveAnchor(fragment, anchor)).toMatchObject({ orphaned: false, text: '措置', via: 'quote' });
  });
});

describe('[R-REV-A-05] undo of a deletion, with a real Y.UndoManager', () => {
  // The truth, verified here: undo re-inserts the text as NEW items. The undoing doc links the deleted
  // items to them (item.redone), and createAbsolutePositionFromRelativePosition follows that link, so
  // there the positions hold. Every other doc (the server, other clients) only receives the new items:
  // its positions stay collapsed, and the anchor re-attaches by finding the quote in the provision.
  it('the undoing client re-attaches by position; a remote replica re-attaches by quote', () => {
    const local = setup();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local.doc));
    local.doc.on('update', (u: Uint8Array) => Y.applyUpdate(remote, u));
    const remoteFragment = remote.getXmlFragment('content');
    const [s, e] = quoteAt('通信の秘密');
    const anchor = createAnchor(remoteFragment, local.pid, s, e);
    const undo = new Y.UndoManager(local.fragment);
    local.run().delete(s - 1, e - s + 2);
    undo.stopCapturing();
    expect(resolveAnchor(local.fragment, anchor).orphaned).toBe(true);
    expect(resolveAnchor(remoteFragment, anchor).orphaned).toBe(true);
    undo.undo();
    expect(local.run().toString()).toBe(TEXT);
    expect(resolveAnchor(local.fragment, anchor)).toMatchObject({
      orphaned: false,
      text: '通信の秘密',
      via: 'position',
    });
    expect(resolveAnchor(remoteFragment, anchor)).toMatchObject({
      orphaned: false,
      start: s,
      end: e,
      text: '通信の秘密',
      via: 'quote',
    });
  });
});
