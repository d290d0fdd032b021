import { useEffect, type RefObject } from 'react';

/** Keeps the element matching `selector` inside `container` visible whenever `key` changes. */
export function useScrollIntoViewWhen(
  container: RefObject<HTMLElement | null>,
  selector: string,
  key: unknown,
): void {
  useEffect(() => {
    const element = container.current?.querySelector(selector);
    if (element instanceof HTMLElement) element.scrollIntoView({ block: 'nearest' });
  }, [container, selector, key]);
}
