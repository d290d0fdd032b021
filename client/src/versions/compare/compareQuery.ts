// The compare page's state lives in its URL (?from=&to=&layout=), so a comparison can be shared and
// back/forward walk through what was looked at.
import { CURRENT } from '../versionsApi';

export const layouts = ['redline', 'side-by-side', 'shinkyu'] as const;
/** How the comparison is laid out: inline redline, old | new, or the 新旧対照表 (new | old). */
export type CompareLayout = (typeof layouts)[number];

export interface CompareQuery {
  /** A version id or `current`; null: not chosen (the page picks the newest version). */
  from: string | null;
  to: string;
  layout: CompareLayout | null;
}

const isLayout = (value: string | null): value is CompareLayout =>
  value !== null && (layouts as readonly string[]).includes(value);

/** Reads the page's query; unknown layouts are ignored and `to` defaults to the live text. */
export function parseCompareQuery(params: URLSearchParams): CompareQuery {
  const layout = params.get('layout');
  return {
    from: params.get('from') || null,
    to: params.get('to') || CURRENT,
    layout: isLayout(layout) ? layout : null,
  };
}

/** The query for a comparison, omitting what is unset. */
export function compareQuery({ from, to, layout }: CompareQuery): Record<string, string> {
  return { ...(from ? { from } : {}), to, ...(layout ? { layout } : {}) };
}
