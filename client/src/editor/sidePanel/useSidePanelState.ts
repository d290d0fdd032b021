import { useCallback, useState } from 'react';

export const SIDE_PANEL_KEY = 'billwright.sidePanel';

function read(ids: readonly string[]): string | null {
  try {
    const stored = localStorage.getItem(SIDE_PANEL_KEY);
    return stored && ids.includes(stored) ? stored : null;
  } catch {
    return null;
  }
}

function write(id: string | null): void {
  try {
    if (id) localStorage.setItem(SIDE_PANEL_KEY, id);
    else localStorage.removeItem(SIDE_PANEL_KEY);
  } catch {
    // Private mode or a full quota: the choice lasts for this page only.
  }
}

/** Which side-panel tab is open (null: closed), remembered in localStorage across bills and reloads. */
export function useSidePanelState(ids: readonly string[]) {
  const [active, setActive] = useState<string | null>(() => read(ids));
  const select = useCallback((id: string | null) => {
    setActive(id);
    write(id);
  }, []);
  const toggle = useCallback((id: string) => select(active === id ? null : id), [active, select]);
  return { active, select, toggle };
}
