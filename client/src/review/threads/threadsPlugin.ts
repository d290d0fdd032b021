// The review layer in the editor (issue 6): resolves the review document's threads against the bill text
// and draws them (threadDecorations), keeps the active thread and the comment being written, and
// publishes the resolved threads to the review session for panels and finding cards. (Waived findings are
// the findings plugin's to draw: review/waivers/useFindingWaivers lends it the waivers.)
//
// When the threads are resolved: a remote change (Yjs already holds the new text) and a change of the
// threads are resolved at once; local typing reaches the Y.Doc only after the transaction, so its
// decorations are mapped and the threads resolved again a moment later.
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet, EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { BillLang } from '../../../../core/bill';
import type { ThreadAnchor, ThreadRecord, ThreadView } from '../../../../core/review';
import type { ReviewSession } from '../session/ReviewSession';
import { computeThreadViews, provisionTextsOf, reuseViews } from './computeThreadViews';
import { threadDecorations } from './threadDecorations';

export interface ThreadsPluginOptions {
  session: ReviewSession;
  lang: BillLang;
  /** The user may start threads (comment.create). */
  canComment: boolean;
  badgeTitle(count: number): string;
  /** A highlight was clicked. */
  onActivate(threadId: string): void;
  /** A provision's badge was clicked. */
  onBadge(pid: string): void;
}

/** The words a new comment is being written about, and its anchor (made when the composer opened). */
export interface CommentDraft {
  pid: string;
  from: number;
  to: number;
  anchor: ThreadAnchor;
}

export interface ThreadsState {
  options: ThreadsPluginOptions;
  records: readonly ThreadRecord[];
  views: readonly ThreadView[];
  activeId: string | null;
  draft: CommentDraft | null;
  decorations: DecorationSet;
  /** Decorations were only mapped through local typing: resolve again soon. */
  dirty: boolean;
}

export type ThreadsMeta =
  | { type: 'records'; records: readonly ThreadRecord[] }
  | { type: 'recompute' }
  | { type: 'activate'; id: string | null }
  | { type: 'draft'; draft: CommentDraft | null };

export const threadsKey = new PluginKey<ThreadsState>('billReviewThreads');

/** The review layer's state in this editor (undefined when the plugin is not registered). */
export function getThreads(state: EditorState): ThreadsState | undefined {
  return threadsKey.getState(state);
}

/** A transaction carrying a meta for the plugin (never an undo step). */
export function threadsMeta(tr: Transaction, meta: ThreadsMeta): Transaction {
  return tr.setMeta(threadsKey, meta).setMeta('addToHistory', false);
}

function decorate(state: EditorState, s: Omit<ThreadsState, 'decorations' | 'dirty'>): ThreadsState {
  const { options } = s;
  const decorations = threadDecorations(state.doc, {
    views: s.views,
    activeId: s.activeId,
    draft: s.draft,
    badgeTitle: options.badgeTitle,
    onBadge: (_view, pid) => options.onBadge(pid),
  });
  return { ...s, decorations, dirty: false };
}

function resolve(
  state: EditorState,
  s: Omit<ThreadsState, 'decorations' | 'dirty' | 'views'>,
  prev: readonly ThreadView[] = [],
): ThreadsState {
  const views = computeThreadViews(s.records, s.options.session.fragment, provisionTextsOf(state, s.options.lang));
  return decorate(state, { ...s, views: reuseViews(prev, views) });
}

/** True when the user moved the cursor (click, keys) off the active thread's words. */
function leftActive(prev: ThreadsState, tr: Transaction, state: EditorState): boolean {
  if (!prev.activeId || !tr.selectionSet || tr.docChanged || tr.getMeta(threadsKey)) return false;
  const head = state.selection.head;
  return !prev.decorations.find(head, head, (spec: { threadId?: unknown }) => spec.threadId === prev.activeId).length;
}

const isRemote = (tr: Transaction) =>
  !!(tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;

const RESOLVE_DELAY = 60;

/** The plugin; register it with editor.registerPlugin while the bill's review session is open. */
export function threadsPlugin(options: ThreadsPluginOptions): Plugin<ThreadsState> {
  const { session } = options;
  return new Plugin<ThreadsState>({
    key: threadsKey,
    state: {
      init: (_config, state) =>
        resolve(state, { options, records: session.getSnapshot().records, activeId: null, draft: null }),
      apply: (tr, prev, _old, state) => {
        const m = tr.getMeta(threadsKey) as ThreadsMeta | undefined;
        const draft =
          m?.type === 'draft'
            ? m.draft
            : prev.draft && tr.docChanged
              ? { ...prev.draft, from: tr.mapping.map(prev.draft.from, 1), to: tr.mapping.map(prev.draft.to, -1) }
              : prev.draft;
        const activeId =
          m?.type === 'activate' ? m.id : leftActive(prev, tr, state) ? null : prev.activeId;
        const records = m?.type === 'records' ? m.records : prev.records;
        if (m?.type === 'records' || m?.type === 'recompute' || (tr.docChanged && isRemote(tr))) {
          return resolve(state, { options, records, activeId, draft }, prev.views);
        }
        if (tr.docChanged) {
          return { ...prev, draft, decorations: prev.decorations.map(tr.mapping, tr.doc), dirty: true };
        }
        if (m || activeId !== prev.activeId) return { ...decorate(state, { ...prev, activeId, draft }), dirty: prev.dirty };
        return prev;
      },
    },
    props: {
      decorations: (state) => threadsKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const s = threadsKey.getState(view.state);
        const hit = s?.decorations.find(pos, pos, (spec: { threadId?: unknown }) => typeof spec.threadId === 'string')[0];
        const id = (hit?.spec as { threadId?: string } | undefined)?.threadId;
        if (id) {
          view.dispatch(threadsMeta(view.state.tr, { type: 'activate', id }));
          options.onActivate(id);
        }
        return false;
      },
    },
    view: (view: EditorView) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let live = true;
      const sync = () => {
        const { records } = session.getSnapshot();
        const s = threadsKey.getState(view.state);
        if (live && !view.isDestroyed && s && records !== s.records)
          view.dispatch(threadsMeta(view.state.tr, { type: 'records', records }));
      };
      const unsubscribe = session.subscribe(sync);
      // Threads that arrived between the state's init and this view.
      queueMicrotask(sync);
      session.setViews(threadsKey.getState(view.state)?.views ?? null);
      return {
        update: (v) => {
          const s = threadsKey.getState(v.state);
          if (!s) return;
          session.setViews(s.views);
          if (!s.dirty || timer !== undefined) return;
          // Never redraw under an IME composition: wait until it ends.
          const later = () => {
            timer = setTimeout(() => {
              timer = undefined;
              if (v.isDestroyed || !threadsKey.getState(v.state)?.dirty) return;
              if (v.composing) later();
              else v.dispatch(threadsMeta(v.state.tr, { type: 'recompute' }));
            }, RESOLVE_DELAY);
          };
          later();
        },
        destroy: () => {
          live = false;
          unsubscribe();
          clearTimeout(timer);
        },
      };
    },
  });
}
