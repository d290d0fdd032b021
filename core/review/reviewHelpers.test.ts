// [R-REV-H] Small pure helpers of the review layer: mentions, the waiver text hash, nearest occurrence.
import { describe, expect, it } from 'vitest';
import { billIdFromPath, parseRoomName, reviewRoomName, roomFromPath } from '../collab/roomNames';
import { nearestOccurrence } from './nearestOccurrence';
import { parseMentions } from './parseMentions';
import { normalizeProvisionText, provisionTextHash } from './provisionTextHash';

describe('review helpers', () => {
  it('[R-REV-H-01] parses @username mentions once each, in Japanese text and at sentence ends', () => {
    expect(parseMentions('@alice さん、@Bob_2 と @alice を確認。')).toEqual(['alice', 'Bob_2']);
    expect(parseMentions('確認をお願いします@reviewer。')).toEqual(['reviewer']);
    expect(parseMentions('Ask @carol.')).toEqual(['carol.', 'carol']);
    expect(parseMentions('mail a@b.example and @x')).toEqual([]);
  });

  it('[R-REV-H-02] the waiver hash ignores whitespace and character width, not wording', () => {
    const base = provisionTextHash('内閣総理大臣は、ＩＰアドレスを取得することができる。');
    expect(provisionTextHash(' 内閣総理大臣は、IPアドレスを 取得することができる。\n')).toBe(base);
    expect(provisionTextHash('内閣総理大臣は、IPアドレスを取得しなければならない。')).not.toBe(base);
    expect(normalizeProvisionText('The  Minister\tmay  act')).toBe('The Minister may act');
    expect(provisionTextHash('The Minister may act')).not.toBe(provisionTextHash('TheMinister may act'));
    expect(base).toMatch(/^[0-9a-f]{32}$/);
  });

  it('[R-REV-H-03] finds the occurrence of a quote nearest to a position', () => {
    expect(nearestOccurrence('abc xx abc yy abc', 'abc', 13)).toBe(14);
    expect(nearestOccurrence('abc xx abc yy abc', 'abc', 12)).toBe(7);
    expect(nearestOccurrence('abc xx abc yy abc', 'abc', 8)).toBe(7);
    expect(nearestOccurrence('abc', 'zz', 0)).toBe(-1);
  });

  it('[R-REV-H-04] review rooms: /collab/<billId>:review next to the unchanged bill room', () => {
    expect(roomFromPath('/collab/abc_123')).toEqual({ room: 'abc_123', billId: 'abc_123', kind: 'bill' });
    expect(roomFromPath('/collab/abc_123:review')).toEqual({
      room: 'abc_123:review',
      billId: 'abc_123',
      kind: 'review',
    });
    expect(roomFromPath('/collab/abc_123%3Areview')?.room).toBe('abc_123:review');
    for (const bad of [
      '/collab/abc:reviews',
      '/collab/:review',
      '/collab/a:b:review',
      '/collab/abc:review/x',
      '/other/abc:review',
    ]) {
      expect(roomFromPath(bad), bad).toBeNull();
    }
    expect(billIdFromPath('/collab/abc:review')).toBeNull();
    expect(reviewRoomName('abc')).toBe('abc:review');
    expect(parseRoomName('abc:review')).toEqual({ billId: 'abc', kind: 'review' });
    expect(parseRoomName('abc')).toEqual({ billId: 'abc', kind: 'bill' });
  });
});
