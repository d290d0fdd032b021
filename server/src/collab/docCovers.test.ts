import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docCovers } from './docCovers';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('docCovers [R-VER-15]', () => {
  it('sees missing insertions and missing deletions (which leave the state vector alone)', () => {
    const client = new Y.Doc();
    const room = new Y.Doc();
    client.getText('t').insert(0, '第一条　この法律は');
    expect(docCovers(room, Y.snapshot(client))).toBe(false);
    sync(client, room);
    expect(docCovers(room, Y.snapshot(client))).toBe(true);

    client.getText('t').delete(0, 4);
    expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(room));
    expect(docCovers(room, Y.snapshot(client))).toBe(false);
    sync(client, room);
    expect(docCovers(room, Y.snapshot(client))).toBe(true);
  });

  it('is satisfied when the room holds more than the client (others’ edits)', () => {
    const client = new Y.Doc();
    const room = new Y.Doc();
    client.getText('t').insert(0, 'abc');
    client.getText('t').delete(1, 1);
    sync(client, room);
    room.getText('t').insert(0, 'other drafter ');
    room.getText('t').delete(0, 2);
    expect(docCovers(room, Y.snapshot(client))).toBe(true);
    expect(docCovers(client, Y.snapshot(room))).toBe(false);
    // Through the wire format the API uses.
    expect(docCovers(room, Y.decodeSnapshotV2(Y.encodeSnapshotV2(Y.snapshot(client))))).toBe(true);
  });
});
