// The app's pages and how their paths look. Pure, so the path grammar is unit-tested.

/** A parsed location. */
export type Route =
  | { name: 'list' }
  | { name: 'bill'; billId: string }
  | { name: 'admin' }
  | { name: 'compare'; billId: string }
  | { name: 'version'; billId: string; versionId: string }
  | { name: 'notFound'; path: string };

/** The administration page. */
export const adminPath = '/admin';

const billPathPattern = /^\/bills\/([^/]+)\/?$/;
const comparePathPattern = /^\/bills\/([^/]+)\/compare\/?$/;
const versionPathPattern = /^\/bills\/([^/]+)\/versions\/([^/]+)\/?$/;

/** Decodes a path segment; null when it is malformed or blank. */
function segment(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const value = decodeURIComponent(raw);
    return value.trim() ? value : null;
  } catch {
    return null;
  }
}

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
  const compare = comparePathPattern.exec(pathname);
  const compareBill = segment(compare?.[1]);
  if (compareBill) return { name: 'compare', billId: compareBill };
  const version = versionPathPattern.exec(pathname);
  const versionBill = segment(version?.[1]);
  const versionId = segment(version?.[2]);
  if (versionBill && versionId) return { name: 'version', billId: versionBill, versionId };
  return { name: 'notFound', path: pathname };
}

/** The editor path for a bill. */
export function billPath(billId: string): string {
  return `/bills/${encodeURIComponent(billId)}`;
}

/** The bill list path. */
export const listPath = '/';

/** The comparison of two versions of a bill (`from`/`to`: version ids or `current`; `layout`). */
export function comparePath(billId: string, query: Readonly<Record<string, string>> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${billPath(billId)}/compare${search ? `?${search}` : ''}`;
}

/** One version of a bill, read-only. */
export function versionPath(billId: string, versionId: string): string {
  return `${billPath(billId)}/versions/${encodeURIComponent(versionId)}`;
}
