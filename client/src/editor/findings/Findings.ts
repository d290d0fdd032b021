// Live legal-risk annotations (DESIGN.md §6, issue 5): one RuleEngine per open bill re-lints on every
// document change — local typing and collaborators' changes arriving through Yjs alike — and the
// findings are drawn in the text, counted in the gutter and exposed to the card and the panel. Waivers
// lent by the review layer (setFindingWaivers) make findings `waived`: muted, and not counted as open.
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import { deriveNumbers, styleFor, type BillLang } from '../../../../core/bill';
import { RuleEngine, severityRank, type RuleSet } from '../../../../core/rules';
import { getNumbering } from '../extensions/Numbering';
import { pmAdapter } from '../extensions/pmAdapter';
import { builtinRuleSet } from './builtinRuleSet';
import {
  computeFindings,
  findingsKey,
  getFindings,
  isOpenFinding,
  placedFinding,
  placedFindings,
  type FindingsContext,
  type FindingsMeta,
  type FindingsState,
} from './findingsState';
import type { FindingWaiver } from './findingWaivers';
import { insertClause } from './insertClause';
import { isInline, type PlacedFinding } from './placeFindings';

export interface FindingsOptions {
  /** The bill's language: rule messages and suggestions come from the packs in this language. */
  lang: BillLang;
  /** Compiled rules to share between engines; the built-in packs by default. */
  rules: RuleSet | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    billFindings: {
      /** Shows the card of finding `key` (pinned); `focus` moves keyboard focus into it. */
      openFindingCard: (key: string, focus?: boolean) => ReturnType;
      /** Hides the pinned finding card. */
      closeFindingCard: () => ReturnType;
      /** Selects the flagged words of finding `key`, scrolls to them and shows the card. */
      selectFinding: (key: string) => ReturnType;
      /** Moves to the next (1) or previous (-1) finding in the text, wrapping around. */
      goToFinding: (direction: 1 | -1) => ReturnType;
      /** Inserts the suggestion of finding `key` as a new paragraph after the finding's paragraph. */
      insertSuggestedClause: (key: string) => ReturnType;
      /** Replaces the waivers the findings are checked against (the review layer's; [] for none). */
      setFindingWaivers: (waivers: readonly FindingWaiver[]) => ReturnType;
    };
  }
}

const meta = (tr: Transaction, m: FindingsMeta) => tr.setMeta(findingsKey, m);

/** Open before waived before addressed, then the most severe. */
const rank = (s: FindingsState, f: PlacedFinding) =>
  (isOpenFinding(s, f) ? 20 : f.status === 'open' ? 10 : 0) + severityRank(f.severity);

function strongest(state: EditorState, list: readonly PlacedFinding[]): PlacedFinding | undefined {
  const s = getFindings(state);
  let best: PlacedFinding | undefined;
  if (s) for (const f of list) if (!best || rank(s, f) > rank(s, best)) best = f;
  return best;
}

/** Every finding of the editor's document with its range. */
const placedIn = (state: EditorState): PlacedFinding[] => {
  const s = getFindings(state);
  return s ? placedFindings(s) : [];
};

/** Finding `key` of the editor's document with its range. */
const placedOf = (state: EditorState, key: string): PlacedFinding | undefined => {
  const s = getFindings(state);
  return s ? placedFinding(s, key) : undefined;
};

/** The drawn finding around document position `pos` (the strongest when several overlap). */
export function inlineFindingAt(state: EditorState, pos: number): PlacedFinding | undefined {
  return strongest(state, placedIn(state).filter((f) => isInline(f) && f.from <= pos && pos <= f.to));
}

/** The finding a provision's gutter marker stands for: its strongest drawn one. */
export function gutterFinding(state: EditorState, pid: string): PlacedFinding | undefined {
  return strongest(state, placedIn(state).filter((f) => f.pid === pid && isInline(f)));
}

/** The card after `tr`: asked for, closed, or dismissed when the user moves away from its finding. */
function nextCard(next: FindingsState, tr: Transaction, m: FindingsMeta | undefined): FindingsState['card'] {
  if (m?.type === 'openCard') return { key: m.key, focus: m.focus };
  if (m?.type === 'closeCard') return null;
  const card = next.card;
  if (!card) return null;
  const f = placedFinding(next, card.key);
  if (!f) return null;
  const remote = !!(tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
  const moved = !remote && (tr.docChanged || tr.selectionSet);
  const head = tr.selection.head;
  return moved && (head < f.from || head > f.to) ? null : card;
}

/** Inserts a finding's suggested clause as its own undo step (Yjs would merge it with typing just before). */
export function insertSuggestion(editor: Editor, key: string): boolean {
  const undoManager = (yUndoPluginKey.getState(editor.state) as { undoManager?: { stopCapturing(): void } } | undefined)
    ?.undoManager;
  undoManager?.stopCapturing();
  const done = editor.commands.insertSuggestedClause(key);
  undoManager?.stopCapturing();
  if (done) editor.view.focus();
  return done;
}

export const Findings = Extension.create<FindingsOptions>({
  name: 'billFindings',

  // After Numbering (priority 100), so the new numbers are there when cross-references are rendered.
  priority: 90,

  addOptions() {
    return { lang: 'ja', rules: null };
  },

  addCommands() {
    const select =
      (f: PlacedFinding | undefined) =>
      ({ state, dispatch }: { state: EditorState; dispatch?: (tr: Transaction) => void }) => {
        if (!f) return false;
        if (dispatch) {
          const tr = state.tr.setSelection(TextSelection.create(state.doc, f.from, f.to));
          dispatch(meta(tr, { type: 'openCard', key: f.key, focus: false }).scrollIntoView());
        }
        return true;
      };
    return {
      openFindingCard:
        (key: string, focus = false) =>
        ({ tr, dispatch }) => {
          if (dispatch) meta(tr, { type: 'openCard', key, focus });
          return true;
        },
      closeFindingCard:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) meta(tr, { type: 'closeCard' });
          return true;
        },
      selectFinding: (key: string) => (props) =>
        select(placedOf(props.state, key))(props),
      goToFinding: (direction: 1 | -1) => (props) => {
        const here = props.state.selection.from;
        const s = getFindings(props.state);
        const list = s ? placedIn(props.state).filter((f) => isInline(f) && isOpenFinding(s, f)) : [];
        const after = direction === 1 ? list.find((f) => f.from > here) : [...list].reverse().find((f) => f.from < here);
        return select(after ?? (direction === 1 ? list[0] : list[list.length - 1]))(props);
      },
      insertSuggestedClause:
        (key: string) =>
        ({ state, dispatch }) => {
          const f = placedOf(state, key);
          return !!f?.suggestion && insertClause(f.from, f.suggestion)(state, dispatch);
        },
      setFindingWaivers:
        (waivers: readonly FindingWaiver[]) =>
        ({ tr, dispatch }) => {
          if (dispatch) meta(tr, { type: 'waivers', waivers }).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Alt-Enter': ({ editor }) => {
        const f = inlineFindingAt(editor.state, editor.state.selection.head);
        return !!f && editor.commands.openFindingCard(f.key, true);
      },
      F8: ({ editor }) => editor.commands.goToFinding(1),
      'Shift-F8': ({ editor }) => editor.commands.goToFinding(-1),
      Escape: ({ editor }) => !!getFindings(editor.state)?.card && editor.commands.closeFindingCard(),
    };
  },

  addProseMirrorPlugins() {
    const { lang } = this.options;
    const engine = new RuleEngine(this.options.rules ?? builtinRuleSet);
    const onGutter = (view: EditorView, pid: string) => {
      const top = gutterFinding(view.state, pid);
      if (top) view.dispatch(meta(view.state.tr, { type: 'openCard', key: top.key, focus: false }));
    };
    const ctx: FindingsContext = {
      engine,
      lang,
      numbers: (state) => getNumbering(state)?.numbers ?? deriveNumbers(state.doc, pmAdapter, lang),
      brokenRef: styleFor(lang).brokenRef,
      onGutter,
      texts: new WeakMap(),
      listedCache: new WeakMap(),
      waiverChecks: new WeakMap(),
    };
    return [
      new Plugin<FindingsState>({
        key: findingsKey,
        state: {
          init: (_config, state) => computeFindings(ctx, state, null, null),
          apply: (tr, prev, _old, state) => {
            const m = tr.getMeta(findingsKey) as FindingsMeta | undefined;
            const waivers = m?.type === 'waivers' ? m.waivers : prev.waivers;
            const relint = tr.docChanged || (m?.type === 'refresh' && prev.stale) || m?.type === 'waivers';
            const next = relint ? computeFindings(ctx, state, prev, tr, waivers) : prev;
            const card = nextCard(next, tr, m);
            return card === next.card ? next : { ...next, card };
          },
        },
        props: {
          decorations: (state) => findingsKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const f = inlineFindingAt(view.state, pos);
            if (f) view.dispatch(meta(view.state.tr, { type: 'openCard', key: f.key, focus: false }));
            return false;
          },
        },
        // Decorations skipped during IME composition are redrawn once it ends.
        view: () => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          return {
            update: (view) => {
              if (timer !== undefined || view.composing || !findingsKey.getState(view.state)?.stale) return;
              timer = setTimeout(() => {
                timer = undefined;
                if (!view.isDestroyed && !view.composing && findingsKey.getState(view.state)?.stale)
                  view.dispatch(meta(view.state.tr, { type: 'refresh' }));
              }, 0);
            },
            destroy: () => clearTimeout(timer),
          };
        },
      }),
    ];
  },
});
