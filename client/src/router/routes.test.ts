import { describe, expect, it } from 'vitest';
import { billPath, comparePath, parseRoute, versionPath } from './routes';

describe('parseRoute', () => {
  it('knows the list, bill and admin pages', () => {
    expect(parseRoute('/')).toEqual({ name: 'list' });
    expect(parseRoute('/admin')).toEqual({ name: 'admin' });
    expect(parseRoute('/admin/')).toEqual({ name: 'admin' });
    expect(parseRoute('/bills/abc_123')).toEqual({ name: 'bill', billId: 'abc_123' });
    expect(parseRoute('/bills/abc/')).toEqual({ name: 'bill', billId: 'abc' });
  });

  it('knows the compare and version pages', () => {
    expect(parseRoute('/bills/b1/compare')).toEqual({ name: 'compare', billId: 'b1' });
    expect(parseRoute('/bills/b1/versions/v_1/')).toEqual({
      name: 'version',
      billId: 'b1',
      versionId: 'v_1',
    });
    expect(parseRoute(comparePath('a b', { from: 'v1', to: 'current' }).split('?')[0] ?? '')).toEqual({
      name: 'compare',
      billId: 'a b',
    });
    expect(comparePath('b', { from: 'v1', to: 'current' })).toBe('/bills/b/compare?from=v1&to=current');
    expect(parseRoute(versionPath('a/b', 'v?1'))).toEqual({
      name: 'version',
      billId: 'a/b',
      versionId: 'v?1',
    });
    expect(parseRoute('/bills/b1/versions')).toEqual({ name: 'notFound', path: '/bills/b1/versions' });
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
