import { useMemo, useSyncExternalStore } from 'react';
import { NAVIGATE_EVENT } from '../../router/navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentSearch = () => window.location.search;

/** The query string of the current location; re-renders on navigate() and on back/forward. */
export function useLocationSearch(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, currentSearch);
  return useMemo(() => new URLSearchParams(search), [search]);
}
