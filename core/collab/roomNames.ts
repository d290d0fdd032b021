// Room naming: one room per bill at /collab/<billId>; the bill's text lives in the XmlFragment `content`.
export const COLLAB_PATH = '/collab';
export const CONTENT_FIELD = 'content';

const billIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** The bill id in a collab URL path (`/collab/<billId>`), or null when the path is not a room. */
export function billIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(`${COLLAB_PATH}/`)) return null;
  const rest = pathname.slice(COLLAB_PATH.length + 1);
  return billIdPattern.test(rest) ? rest : null;
}
