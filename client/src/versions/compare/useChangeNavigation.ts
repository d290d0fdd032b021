import { useCallback, useEffect, useState } from 'react';

/** True when a key press belongs to a field or a dialog rather than to the page. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('dialog[open]');
}

/**
 * The current change among `count` stops (-1: none yet), moved by next/previous and by the keyboard:
 * n or j for the next change, p or k for the previous one.
 */
export function useChangeNavigation(count: number) {
  const [current, setCurrent] = useState(-1);
  const go = useCallback((index: number) => setCurrent(Math.max(0, Math.min(count - 1, index))), [count]);
  const next = useCallback(() => setCurrent((c) => Math.min(count - 1, c + 1)), [count]);
  const prev = useCallback(() => setCurrent((c) => (c < 0 ? count - 1 : Math.max(0, c - 1))), [count]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        typingInto(event.target)
      )
        return;
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'j') next();
      else if (key === 'p' || key === 'k') prev();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, prev]);

  return { current, go, next, prev };
}
