// The app's pages and how their paths look. Pure, so the path grammar is unit-tested.

/** A parsed location. */
export type Route =
  | { name: 'list' }
  | { name: 'bill'; billId: string }
  | { name: 'admin' }
  | { name: 'notFound'; path: string };

/** The administration page. */
export const adminPath = '/admin';

const billPathPattern = /^\/bills\/([^/]+)\/?$/;

/** Maps a pathname to a route; bill ids are URL-decoded. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'list' };
  if (pathname === adminPath || pathname === `${adminPath}/`) return { name: 'admin' };
  const match = billPathPattern.exec(pathname);
  if (match?.[1]) {
    try {
      const billId = decodeURIComponent(match[1]);
      if (billId.trim()) return { name: 'bill', billId };
    } catch {
      // A malformed escape is simply not a bill path.
    }
  }
  return { name: 'notFound', path: pathname };
}

/** The editor path for a bill. */
export function billPath(billId: string): string {
  return `/bills/${encodeURIComponent(billId)}`;
}

/** The bill list path. */
export const listPath = '/';
