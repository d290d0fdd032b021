import { describe, expect, it } from 'vitest';
import { decodeXmlFile, xmlEncoding } from './decodeXmlFile';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeXmlFile', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?><Law><LawTitle>行政手続法</LawTitle></Law>';
    expect(decodeXmlFile(utf8(xml))).toBe(xml);
    expect(decodeXmlFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(xml)]))).toBe(xml);
  });

  it('follows the declared encoding (Shift_JIS)', () => {
    // 「法」 in Shift_JIS is 0x96 0x40.
    const head = utf8('<?xml version="1.0" encoding="Shift_JIS"?><Law>');
    const bytes = new Uint8Array([...head, 0x96, 0x40, ...utf8('</Law>')]);
    expect(xmlEncoding(bytes)).toBe('shift_jis');
    expect(decodeXmlFile(bytes)).toBe('<?xml version="1.0" encoding="Shift_JIS"?><Law>法</Law>');
  });

  it('reads UTF-16 by its BOM and falls back to UTF-8 for an unknown label', () => {
    const text = '<Law/>';
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeXmlFile(le)).toBe(text);
    expect(decodeXmlFile(utf8('<?xml version="1.0" encoding="x-klingon"?><Law/>'))).toContain('<Law/>');
    expect(xmlEncoding(utf8('<Law/>'))).toBe('utf-8');
  });
});
