import { describe, expect, it } from 'vitest';
import { fallbackFileName, filenameFromDisposition, safeFileName } from './contentDisposition';

describe('filenameFromDisposition', () => {
  it('prefers filename*=UTF-8 and decodes it', () => {
    const header =
      'attachment; filename="______2026-11-22.pdf"; filename*=UTF-8\'\'%E8%A1%8C%E6%94%BF%E6%89%8B%E7%B6%9A%E6%B3%95_2026-11-22.pdf';
    expect(filenameFromDisposition(header)).toBe('行政手続法_2026-11-22.pdf');
  });

  it('decodes the characters the server escapes beyond encodeURIComponent', () => {
    expect(filenameFromDisposition("attachment; filename*=UTF-8''Act%20%28draft%29%2A_2026.xml")).toBe(
      'Act (draft)__2026.xml',
    );
  });

  it('falls back to the quoted or bare filename', () => {
    expect(filenameFromDisposition('attachment; filename="bill \\"A\\".pdf"')).toBe('bill _A_.pdf');
    expect(filenameFromDisposition('attachment; filename=bill.xml')).toBe('bill.xml');
    expect(filenameFromDisposition('attachment; filename="ok.pdf"; filename*=UTF-8\'\'%E0%A4')).toBe(
      'ok.pdf',
    );
  });

  it('accepts any case and ISO-8859-1', () => {
    expect(filenameFromDisposition("ATTACHMENT; FILENAME*=utf-8'ja'%E6%A1%88.pdf")).toBe('案.pdf');
    expect(filenameFromDisposition("attachment; filename*=iso-8859-1''caf%E9.pdf")).toBe('café.pdf');
  });

  it('never yields a path and is null without a name', () => {
    expect(filenameFromDisposition("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd")).toBe('passwd');
    expect(filenameFromDisposition('attachment; filename="C:\\\\temp\\\\x.pdf"')).toBe('x.pdf');
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition('attachment; filename=""')).toBeNull();
  });
});

describe('safeFileName / fallbackFileName', () => {
  it('replaces reserved and control characters and leading dots', () => {
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName('a:b*c?\u0001.pdf')).toBe('a_b_c__.pdf');
  });

  it('makes a name from the title', () => {
    expect(fallbackFileName('重要電子計算機　防護法案', 'pdf')).toBe('重要電子計算機_防護法案.pdf');
    expect(fallbackFileName('  ', 'xml')).toBe('bill.xml');
  });
});
