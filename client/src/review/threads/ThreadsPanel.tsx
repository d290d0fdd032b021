import { useEffect, useRef } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import type { ThreadView } from '../../../../core/review';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { getNumbering } from '../../editor/extensions/Numbering';
import { useT } from '../../i18n/useT';
import { useNow } from '../../scenes/useNow';
import type { ReviewScopeValue } from '../session/ReviewContext';
import { filterThreads, type ThreadFilter } from './filterThreads';
import { ThreadFilters } from './ThreadFilters';
import { ThreadCard } from './ThreadCard';
import { getThreads } from './threadsPlugin';

interface ThreadsPanelProps {
  editor: Editor;
  review: ReviewScopeValue;
  views: readonly ThreadView[] | null;
  billLang: BillLang;
  filter: ThreadFilter;
  onFilter(filter: ThreadFilter): void;
  onSelect(id: string): void;
}

/** Where each provision of the threads is now: its citation and its place in the bill. */
function usePlaces(editor: Editor, pids: readonly string[]) {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const numbering = getNumbering(e.state);
      const index = new Map<string, number>();
      numbering?.provisions.forEach((p, i) => index.set(p.num.pid, i));
      const places: Record<string, { cite: string; order: number } | null> = {};
      for (const pid of pids) {
        const order = index.get(pid);
        places[pid] = order === undefined ? null : { cite: numbering?.numbers.get(pid)?.cite ?? '', order };
      }
      return places;
    },
  });
}

/** The bill's review threads: tabs and filters, and each thread with its comments. */
export function ThreadsPanel({ editor, review, views, billLang, filter, onFilter, onSelect }: ThreadsPanelProps) {
  const t = useT();
  const now = useNow(30_000);
  const listRef = useRef<HTMLDivElement>(null);
  const activeId = useEditorState({ editor, selector: ({ editor: e }) => getThreads(e.state)?.activeId ?? null });
  const all = views ?? [];
  const pids = [...new Set(all.map((v) => v.pid))];
  const places = usePlaces(editor, pids);
  const citeOf = (pid: string) => {
    const place = places[pid];
    return place ? place.cite || t('findings.unnumbered') : null;
  };
  const order = (pid: string) => places[pid]?.order;
  const shown = filterThreads(all, filter, review.me.id, order);
  const sortedPids = [...pids].sort((a, b) => (order(a) ?? Infinity) - (order(b) ?? Infinity));

  useEffect(() => {
    if (!activeId) return;
    const card = listRef.current?.querySelector(`[data-thread-id="${CSS.escape(activeId)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <section className="threads-panel" data-testid="threads-panel" aria-label={t('threads.tab')} data-count={all.length}>
      {views === null ? (
        <div className="threads-empty">
          <Spinner label={t('threads.loading')} />
          <p>{t('threads.loading')}</p>
        </div>
      ) : (
        <>
          <ThreadFilters views={all} filter={filter} onChange={onFilter} citeOf={citeOf} pids={sortedPids} />
          <div className="threads-list" ref={listRef}>
            {shown.map((v) => (
              <ThreadCard
                key={v.id}
                review={review}
                thread={v}
                cite={citeOf(v.pid)}
                billLang={billLang}
                active={v.id === activeId}
                now={now}
                onSelect={onSelect}
              />
            ))}
            {shown.length === 0 && (
              <div className="threads-empty" data-testid="threads-empty">
                <Icon name="comment" size={26} />
                <p className="threads-empty__title">{t(all.length ? 'threads.noMatch' : 'threads.empty')}</p>
                {!all.length && review.canComment && <p className="threads-empty__hint">{t('threads.emptyHint')}</p>}
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
