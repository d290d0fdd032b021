import { describe, expect, it } from 'vitest';
import { errorFromResponse, parseRetryAfter } from './request';

describe('errorFromResponse', () => {
  it('reads the server error envelope', () => {
    const error = errorFromResponse(404, 'Not Found', {
      error: { code: 'not_found', message: 'no such bill' },
    });
    expect([error.status, error.code, error.message, error.isNetwork]).toEqual([
      404,
      'not_found',
      'no such bill',
      false,
    ]);
  });

  it('falls back to the status line for other bodies', () => {
    const error = errorFromResponse(502, 'Bad Gateway', '<html>');
    expect([error.code, error.message]).toEqual(['http_502', 'Bad Gateway']);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90);
  });
});
