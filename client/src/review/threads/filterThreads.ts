// The threads panel's model: which threads a tab and the filters show, in reading order.
import type { ThreadView } from '../../../../core/review';

export const threadTabs = ['open', 'resolved', 'orphaned', 'all'] as const;
export type ThreadTab = (typeof threadTabs)[number];

export interface ThreadFilter {
  tab: ThreadTab;
  /** Only threads on this provision (null: every provision). */
  pid: string | null;
  /** Only threads where this user (id) wrote (null: anyone). */
  author: string | null;
  /** Only threads that mention the signed-in user. */
  mentionsMe: boolean;
}

export const initialFilter: ThreadFilter = { tab: 'open', pid: null, author: null, mentionsMe: false };

/**
 * Open and resolved are a thread's status (orphaned ones stay there, marked, so none is ever hidden
 * by losing its words); orphaned lists every thread whose words or provision are gone.
 */
export function inTab(view: ThreadView, tab: ThreadTab): boolean {
  if (tab === 'all') return true;
  if (tab === 'orphaned') return view.orphaned;
  return view.status === tab;
}

/** How many threads each tab lists (before the other filters). */
export function tabCounts(views: readonly ThreadView[]): Record<ThreadTab, number> {
  const counts = { open: 0, resolved: 0, orphaned: 0, all: 0 };
  for (const v of views) for (const tab of threadTabs) if (inTab(v, tab)) counts[tab]++;
  return counts;
}

/** True when a live comment of the thread mentions the user. */
export function mentions(view: ThreadView, userId: string): boolean {
  return view.comments.some((c) => !c.deletedAt && c.mentions.some((m) => m.id === userId));
}

/**
 * The threads to list: in the tab, passing the filters, in reading order (`order` gives a provision's
 * place in the bill; provisions that are gone go last), then by position in the provision and age.
 */
export function filterThreads(
  views: readonly ThreadView[],
  filter: ThreadFilter,
  meId: string,
  order: (pid: string) => number | undefined,
): ThreadView[] {
  const place = (v: ThreadView) => order(v.pid) ?? Number.MAX_SAFE_INTEGER;
  return views
    .filter(
      (v) =>
        inTab(v, filter.tab) &&
        (filter.pid === null || v.pid === filter.pid) &&
        (filter.author === null || v.comments.some((c) => c.author.id === filter.author)) &&
        (!filter.mentionsMe || mentions(v, meId)),
    )
    .sort(
      (a, b) =>
        place(a) - place(b) ||
        (a.range?.start ?? 0) - (b.range?.start ?? 0) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}
