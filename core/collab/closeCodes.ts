// WebSocket close codes for the collaboration socket (CONTRACT.md). y-websocket stops retrying on 4400–4499.
export const CloseCode = {
  Malformed: 4400,
  NotSignedIn: 4401,
  Forbidden: 4403,
  NotFound: 4404,
  TooLarge: 4413,
  /** The user's role on the bill changed: reconnect (y-websocket does) and reload permissions. */
  PermissionsChanged: 4001,
  /** The server is shutting down or the room was unloaded; clients may reconnect. */
  GoingAway: 1001,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** Human-readable reasons sent with each close code. */
export const closeReasons: Record<number, string> = {
  4001: 'permissions changed',
  4400: 'malformed message',
  4401: 'not signed in',
  4403: 'no access to this bill',
  4404: 'no such bill',
  4413: 'message too large',
};
