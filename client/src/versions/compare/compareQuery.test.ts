import { describe, expect, it } from 'vitest';
import { compareQuery, parseCompareQuery } from './compareQuery';

describe('compare query', () => {
  it('defaults to the live text and no layout', () => {
    expect(parseCompareQuery(new URLSearchParams(''))).toEqual({ from: null, to: 'current', layout: null });
    expect(parseCompareQuery(new URLSearchParams('from=v1&layout=bogus'))).toEqual({
      from: 'v1',
      to: 'current',
      layout: null,
    });
  });

  it('round-trips', () => {
    const q = { from: 'v1', to: 'v2', layout: 'shinkyu' as const };
    expect(parseCompareQuery(new URLSearchParams(compareQuery(q)))).toEqual(q);
    expect(compareQuery({ from: null, to: 'current', layout: null })).toEqual({ to: 'current' });
  });
});
