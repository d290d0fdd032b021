import { describe, expect, it } from 'vitest';
import { normalizeText, originalRange } from './normalizeText';

describe('normalizeText', () => {
  it('folds full-width and half-width forms and case (NFKC)', () => {
    expect(normalizeText('ＩＰアドレス').text).toBe('ipアドレス');
    expect(normalizeText('ｱｸｾｽ･ﾑｶﾞｲｶ').text).toBe('アクセスムガイカ');
    expect(normalizeText('Unauthorized ACCESS').text).toBe('unauthorized access');
  });

  it('drops spaces next to Japanese and 中黒, keeps single spaces between words', () => {
    expect(normalizeText('通信の　秘密 を').text).toBe('通信の秘密を');
    expect(normalizeText('アクセス・無害化').text).toBe('アクセス無害化');
    expect(normalizeText('  command-and-control   server ').text).toBe('command and control server');
  });

  it('maps old character forms to the current ones', () => {
    expect(normalizeText('通信の祕密').text).toBe('通信の秘密');
  });

  it('maps normalised ranges back to the original text', () => {
    const original = 'Ｘは、ｱｸｾｽ・無害化 を行う';
    const n = normalizeText(original);
    const i = n.text.indexOf('無害化');
    const r = originalRange(n, i, i + 3);
    expect(original.slice(r.start, r.end)).toBe('無害化');
    const j = n.text.indexOf('アクセス');
    const s = originalRange(n, j, j + 4);
    expect(original.slice(s.start, s.end)).toBe('ｱｸｾｽ');
  });

  it('keeps a voiced half-width kana with its mark', () => {
    const original = 'ｶﾞｲﾄﾞ';
    const n = normalizeText(original);
    expect(n.text).toBe('ガイド');
    expect(originalRange(n, 0, 1)).toEqual({ start: 0, end: 2 });
  });
});
