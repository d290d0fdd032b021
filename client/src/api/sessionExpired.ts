// How the API layer tells the session that the server no longer knows us (an expired or revoked
// session): a window event, like navigate(), so no module state is needed.

export const SESSION_EXPIRED_EVENT = 'billwright:session-expired';

/** Announces that the session ended on the server side (an API 401, a socket closed with 4401). */
export function reportSessionExpired(): void {
  window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT));
}
