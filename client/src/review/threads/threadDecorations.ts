// What the review layer draws in the text: a highlight on each thread's words (class `bw-comment`,
// stronger for the active thread, none for resolved ones unless active), the words a new comment is
// being written about, a margin badge per provision with its number of open threads, and a muted mark on
// the words of findings that a waiver covers.
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { ThreadView } from '../../../../core/review';
import { offsetToPos, provisionBlocks, type ProvisionBlock } from './provisionText';

export interface ThreadDecorationInput {
  views: readonly ThreadView[];
  activeId: string | null;
  /** The range of the comment being written, if any. */
  draft: { from: number; to: number } | null;
  badgeTitle(count: number): string;
  onBadge(view: EditorView, pid: string): void;
}

/** The document range of a thread's current words (null when orphaned, unanchored or its provision is gone). */
export function viewRange(blocks: ReadonlyMap<string, ProvisionBlock>, view: ThreadView): { from: number; to: number } | null {
  const block = view.range && blocks.get(view.pid);
  if (!block || !view.range) return null;
  const from = offsetToPos(block, view.range.start, 'start');
  const to = offsetToPos(block, view.range.end, 'end');
  return to > from ? { from, to } : null;
}

/** Open comment threads on their words, per provision: what the margin badge counts. */
export function openThreadCounts(views: readonly ThreadView[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of views) {
    if (v.kind === 'comment' && v.status === 'open' && !v.orphaned) counts.set(v.pid, (counts.get(v.pid) ?? 0) + 1);
  }
  return counts;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const BUBBLE = 'M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z';

function badge(pid: string, count: number, input: ThreadDecorationInput) {
  return (view: EditorView) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'bw-thread-badge';
    button.contentEditable = 'false';
    button.tabIndex = -1;
    button.dataset.testid = 'thread-badge';
    button.dataset.pid = pid;
    // Drawn by CSS from data-count, so the number never joins the sentence's text.
    button.dataset.count = String(count);
    button.title = input.badgeTitle(count);
    button.setAttribute('aria-label', button.title);
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', BUBBLE);
    svg.append(path);
    button.append(svg);
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', (event) => {
      event.preventDefault();
      input.onBadge(view, pid);
    });
    return button;
  };
}

/** The review decorations of a document. */
export function threadDecorations(doc: PMNode, input: ThreadDecorationInput): DecorationSet {
  if (!input.views.length && !input.draft) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  const blocks = provisionBlocks(doc);
  for (const v of input.views) {
    if (v.kind !== 'comment') continue;
    const active = v.id === input.activeId;
    if (v.status === 'resolved' && !active) continue;
    const range = viewRange(blocks, v);
    if (!range) continue;
    const cls = `bw-comment${v.status === 'resolved' ? ' is-resolved' : ''}${active ? ' is-active' : ''}`;
    decorations.push(
      Decoration.inline(range.from, range.to, { class: cls, 'data-thread-id': v.id }, {
        threadId: v.id,
        inclusiveStart: false,
        inclusiveEnd: false,
      }),
    );
  }
  if (input.draft && input.draft.to > input.draft.from) {
    decorations.push(Decoration.inline(input.draft.from, input.draft.to, { class: 'bw-comment-draft' }));
  }
  for (const [pid, count] of openThreadCounts(input.views)) {
    const block = blocks.get(pid);
    if (!block) continue;
    decorations.push(
      Decoration.widget(block.pos + 1, badge(pid, count, input), {
        side: -1,
        key: `thread-badge:${pid}:${count}:${input.badgeTitle(count)}`,
        ignoreSelection: true,
        stopEvent: () => true,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}
