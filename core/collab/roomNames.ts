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

// Each bill also has a review room, `<billId>:review` (DESIGN.md §5): threads and waivers, written only
// by the server and synced read-only by every member. Its document is deleted with the bill.
export const REVIEW_ROOM_SUFFIX = ':review';

/** What a collab room is: a bill's text, or the bill's review document. */
export type RoomKind = 'bill' | 'review';

/** The review room (and document name) of a bill. */
export function reviewRoomName(billId: string): string {
  return billId + REVIEW_ROOM_SUFFIX;
}

/** The room a collab URL path names (`/collab/<billId>` or `/collab/<billId>:review`), or null. */
export function roomFromPath(pathname: string): { room: string; billId: string; kind: RoomKind } | null {
  const billId = billIdFromPath(pathname);
  if (billId) return { room: billId, billId, kind: 'bill' };
  // Browsers send ':' as is; accept the percent-encoded form too.
  const path = pathname.replace(/%3A/gi, ':');
  if (!path.endsWith(REVIEW_ROOM_SUFFIX)) return null;
  const reviewOf = billIdFromPath(path.slice(0, -REVIEW_ROOM_SUFFIX.length));
  return reviewOf ? { room: reviewRoomName(reviewOf), billId: reviewOf, kind: 'review' } : null;
}

/** The bill a room name belongs to, and which room of it this is. */
export function parseRoomName(room: string): { billId: string; kind: RoomKind } {
  return room.endsWith(REVIEW_ROOM_SUFFIX)
    ? { billId: room.slice(0, -REVIEW_ROOM_SUFFIX.length), kind: 'review' }
    : { billId: room, kind: 'bill' };
}
