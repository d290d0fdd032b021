// Client-side navigation over the History API. useRoute() listens for NAVIGATE_EVENT and popstate.

export const NAVIGATE_EVENT = 'billwright:navigate';

/** Moves to `path` without a page load; `replace` rewrites the current history entry. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}
