import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadName } from './downloadName';

describe('downloadName', () => {
  it('joins title, parts and date, without path or reserved characters', () => {
    expect(downloadName(['能動的サイバー防御法案', '新旧対照表'], '2026-01-05', 'pdf')).toBe('能動的サイバー防御法案_新旧対照表_2026-01-05.pdf');
    expect(downloadName(['../a/b: "c"\u0007', ''], '2026-01-05', 'xml')).toBe('a_b_c_2026-01-05.xml');
  });

  it('sends an ASCII fallback and the UTF-8 name (RFC 6266)', () => {
    expect(contentDisposition("法案 (案)'.pdf")).toBe(`attachment; filename="__ (_)'.pdf"; filename*=UTF-8''%E6%B3%95%E6%A1%88%20%28%E6%A1%88%29%27.pdf`);
  });
});
