import { describe, expect, it } from 'vitest';
import { billPath, parseRoute } from './routes';

describe('parseRoute', () => {
  it('knows the list, bill and admin pages', () => {
    expect(parseRoute('/')).toEqual({ name: 'list' });
    expect(parseRoute('/admin')).toEqual({ name: 'admin' });
    expect(parseRoute('/admin/')).toEqual({ name: 'admin' });
    expect(parseRoute('/bills/abc_123')).toEqual({ name: 'bill', billId: 'abc_123' });
    expect(parseRoute('/bills/abc/')).toEqual({ name: 'bill', billId: 'abc' });
  });

  it('round-trips ids through billPath', () => {
    const id = 'a b/c?d';
    expect(parseRoute(billPath(id))).toEqual({ name: 'bill', billId: id });
  });

  it('sends everything else to not-found', () => {
    for (const path of ['/bills', '/bills/', '/bills/a/b', '/nope', '/admin/x', '/bills/%E0%A4%A']) {
      expect(parseRoute(path)).toEqual({ name: 'notFound', path });
    }
  });
});
