// The review layer in the editor (issue 6): resolves the review document's threads against the bill text
// and draws them (threadDecorations), keeps the active thread and the comment being written, and
// publishes the resolved threads to the review session for panels and finding cards.
//
// When the threads are resolved: a remote change (Yjs already holds the new text) and a change of the
// threads are resolved at once; local typing reaches the Y.Doc only after the transaction, so its
// decorations are mapped and the threads resolved again a moment later.
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet, EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { BillLang } from '../../../../core/bill';
import type { ThreadAnchor, ThreadRecord, ThreadView } from '../../../../core/review';
import { getFindings, placedFinding } from '../../editor/findings/findingsState';
import { findingKey } from '../../editor/findings/placeFindings';
import type { ReviewSession } from '../session/ReviewSession';
import { computeThreadViews, provisionTextsOf } from './computeThreadViews';
import { threadDecorations, type WaivedRange } from './threadDecorations';

export interface ThreadsPluginOptions {
  session: ReviewSession;
  lang: BillLang;
  /** The user may start threads (comment.create). */
  canComment: boolean;
  badgeTitle(count: number): string;
  waivedTitle(reason: string): string;
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

/** The words of findings that a waiver in force covers, as the findings plugin places them now. */
function waivedRanges(state: EditorState, views: readonly ThreadView[]): WaivedRange[] {
  const findings = getFindings(state);
  if (!findings) return [];
  const out: WaivedRange[] = [];
  for (const v of views) {
    if (v.kind !== 'waiver' || !v.waiverInForce || !v.waiver) continue;
    const f = placedFinding(findings, findingKey({ pid: v.pid, ruleId: v.waiver.ruleId }));
    if (f && f.to > f.from) out.push({ from: f.from, to: f.to, reason: v.comments[0]?.body ?? '' });
  }
  return out;
}

function decorate(state: EditorState, s: Omit<ThreadsState, 'decorations' | 'dirty'>): ThreadsState {
  const { options } = s;
  const decorations = threadDecorations(state.doc, {
    views: s.views,
    activeId: s.activeId,
    draft: s.draft,
    waived: waivedRanges(state, s.views),
    badgeTitle: options.badgeTitle,
    waivedTitle: options.waivedTitle,
    onBadge: (_view, pid) => options.onBadge(pid),
  });
  return { ...s, decorations, dirty: false };
}

function resolve(state: EditorState, s: Omit<ThreadsState, 'decorations' | 'dirty' | 'views'>): ThreadsState {
  const views = computeThreadViews(s.records, s.options.session.fragment, provisionTextsOf(state, s.options.lang));
  return decorate(state, { ...s, views });
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
        const activeId = m?.type === 'activate' ? m.id : prev.activeId;
        const records = m?.type === 'records' ? m.records : prev.records;
        if (m?.type === 'records' || m?.type === 'recompute' || (tr.docChanged && isRemote(tr))) {
          return resolve(state, { options, records, activeId, draft });
        }
        if (tr.docChanged) {
          return { ...prev, draft, decorations: prev.decorations.map(tr.mapping, tr.doc), dirty: true };
        }
        if (m) return { ...decorate(state, { ...prev, activeId, draft }), dirty: prev.dirty };
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
      const unsubscribe = session.subscribe(() => {
        const { records } = session.getSnapshot();
        if (!view.isDestroyed && records !== threadsKey.getState(view.state)?.records)
          view.dispatch(threadsMeta(view.state.tr, { type: 'records', records }));
      });
      session.setViews(threadsKey.getState(view.state)?.views ?? null);
      return {
        update: (v) => {
          const s = threadsKey.getState(v.state);
          if (!s) return;
          session.setViews(s.views);
          if (!s.dirty || timer !== undefined) return;
          timer = setTimeout(() => {
            timer = undefined;
            if (!v.isDestroyed && threadsKey.getState(v.state)?.dirty)
              v.dispatch(threadsMeta(v.state.tr, { type: 'recompute' }));
          }, RESOLVE_DELAY);
        },
        destroy: () => {
          unsubscribe();
          clearTimeout(timer);
        },
      };
    },
  });
}
