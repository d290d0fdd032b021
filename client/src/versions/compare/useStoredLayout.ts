import { useCallback, useState } from 'react';
import { layouts, type CompareLayout } from './compareQuery';

const KEY = 'billwright.compare.layout';

function read(): CompareLayout {
  try {
    const stored = localStorage.getItem(KEY);
    return (layouts as readonly string[]).includes(stored ?? '') ? (stored as CompareLayout) : 'redline';
  } catch {
    return 'redline';
  }
}

/** The layout last chosen, remembered across comparisons (the URL's `layout` wins when present). */
export function useStoredLayout(): [CompareLayout, (layout: CompareLayout) => void] {
  const [layout, setLayout] = useState(read);
  const set = useCallback((next: CompareLayout) => {
    setLayout(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // The choice lasts for this page.
    }
  }, []);
  return [layout, set];
}
