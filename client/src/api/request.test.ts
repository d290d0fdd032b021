import { describe, expect, it } from 'vitest';
import { errorFromResponse } from './request';

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
