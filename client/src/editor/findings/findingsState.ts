// The findings plugin's state and how a transaction advances it: walk the provisions, let the bill's
// RuleEngine re-lint (only changed provisions are re-analysed), place the findings on the document, and
// rebuild the decorations of the provisions the transaction touched (all of them after a remote Yjs
// change, which replaces the whole document). During IME composition the old decorations are only
// mapped, so the text being composed is never redrawn; they are refreshed when composition ends.
import type { Node as PMNode } from '@tiptap/pm/model';
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import type { ProvisionNumber } from '../../../../core/bill';
import type { Finding, RuleDescription, RuleEngine, RuleLang } from '../../../../core/rules';
import { changedRanges, touches } from './changedRanges';
import { decorationSignature, lineDecorations, type GutterHandler } from './findingDecorations';
import { isInline, placeFindings, type PlacedFinding } from './placeFindings';
import { provisionLines, type CiteOf, type ProvisionLine } from './provisionLines';

/** A finding as panels list it: no offsets (they move as one types), the flagged words instead. */
export interface ListedFinding extends Omit<Finding, 'start' | 'end'> {
  key: string;
  /** The flagged words, as rendered. */
  quote: string;
}

/** The card the editor asked to show (click, keyboard, gutter, panel); `focus` moves focus into it. */
export interface FindingCardRequest {
  key: string;
  focus: boolean;
}

/** Timings of the lint in this editor, in milliseconds (performance.now()). */
export interface FindingsStats {
  runs: number;
  /** Engine time of the last run, and the whole transaction's (walk + lint + place + decorations). */
  lastLintMs: number;
  lastTotalMs: number;
  maxTotalMs: number;
  sumTotalMs: number;
  provisions: number;
  /** Provisions the engine re-analysed in the last run (the rest came from its cache). */
  recomputed: number;
}

export interface FindingsState {
  /** Every finding, in bill order, with its current document range. */
  placed: readonly PlacedFinding[];
  /** The same for panels: the same array for as long as only positions changed. */
  listed: readonly ListedFinding[];
  decorations: DecorationSet;
  /** pid → signature of the decorations drawn for it. */
  sigs: ReadonlyMap<string, string>;
  card: FindingCardRequest | null;
  /** Decorations were only mapped (IME composition) and wait for a refresh. */
  stale: boolean;
  stats: FindingsStats;
  /** Message, rationale, citations and suggestion of a rule, in the bill's language. */
  describe: (ruleId: string) => RuleDescription | undefined;
}

/** What the extension's commands and handlers tell the plugin. */
export type FindingsMeta = { type: 'openCard'; key: string; focus: boolean } | { type: 'closeCard' } | { type: 'refresh' };

export const findingsKey = new PluginKey<FindingsState>('billFindings');

/** The findings of the editor's current document. */
export function getFindings(state: EditorState): FindingsState | undefined {
  return findingsKey.getState(state);
}

/** Everything a run needs besides the transaction. */
export interface FindingsContext {
  engine: RuleEngine;
  lang: RuleLang;
  /** pid → current number of every provision (cross-references render their target's citation). */
  numbers: (state: EditorState) => ReadonlyMap<string, ProvisionNumber>;
  brokenRef: string;
  onGutter: GutterHandler;
}

/** Above this many touched provisions a transaction rebuilds every decoration at once. */
const FULL_REBUILD_AFTER = 48;

const emptyStats: FindingsStats = {
  runs: 0,
  lastLintMs: 0,
  lastTotalMs: 0,
  maxTotalMs: 0,
  sumTotalMs: 0,
  provisions: 0,
  recomputed: 0,
};

function citeOfFor(ctx: FindingsContext, state: EditorState): CiteOf {
  let numbers: ReadonlyMap<string, ProvisionNumber> | undefined;
  return (xref: PMNode) => {
    numbers ??= ctx.numbers(state);
    const target = xref.attrs.target as unknown;
    return (typeof target === 'string' ? numbers.get(target)?.cite : undefined) ?? ctx.brokenRef;
  };
}

function inlineByPid(placed: readonly PlacedFinding[]): Map<string, PlacedFinding[]> {
  const out = new Map<string, PlacedFinding[]>();
  for (const f of placed) {
    if (!isInline(f)) continue;
    const list = out.get(f.pid);
    if (list) list.push(f);
    else out.set(f.pid, [f]);
  }
  return out;
}

function fullDecorations(
  doc: PMNode,
  lines: readonly ProvisionLine[],
  byPid: Map<string, PlacedFinding[]>,
  onGutter: GutterHandler,
): DecorationSet {
  const all: Decoration[] = [];
  for (const line of lines) {
    const fs = byPid.get(line.pid);
    if (fs) all.push(...lineDecorations(line, fs, onGutter));
  }
  return DecorationSet.create(doc, all);
}

/** Decorations after `tr`: the previous ones mapped, with the touched or changed provisions redrawn. */
function nextDecorations(
  prev: FindingsState,
  tr: Transaction,
  lines: readonly ProvisionLine[],
  byPid: Map<string, PlacedFinding[]>,
  sigs: ReadonlyMap<string, string>,
  onGutter: GutterHandler,
): DecorationSet {
  const doc = tr.doc;
  if (prev.stale) return fullDecorations(doc, lines, byPid, onGutter);
  const ranges = changedRanges(tr);
  let set = prev.decorations.map(tr.mapping, doc);
  const remove = new Set<Decoration>();
  for (const [from, to] of ranges) for (const d of set.find(from, to)) remove.add(d);
  const add: Decoration[] = [];
  let dirty = 0;
  for (const line of lines) {
    const end = line.pos + line.node.nodeSize;
    if (!touches(ranges, line.pos, end) && (sigs.get(line.pid) ?? '') === (prev.sigs.get(line.pid) ?? '')) continue;
    if (++dirty > FULL_REBUILD_AFTER) return fullDecorations(doc, lines, byPid, onGutter);
    for (const d of set.find(line.pos, end)) remove.add(d);
    const fs = byPid.get(line.pid);
    if (fs) add.push(...lineDecorations(line, fs, onGutter));
  }
  if (remove.size) set = set.remove([...remove]);
  if (add.length) set = set.add(doc, add);
  return set;
}

function listed(placed: readonly PlacedFinding[], lines: readonly ProvisionLine[]): ListedFinding[] {
  const text = new Map(lines.map((l) => [l.pid, l.text]));
  return placed.map(({ from: _from, to: _to, start, end, ...rest }) => ({
    ...rest,
    quote: text.get(rest.pid)?.slice(start, end) ?? '',
  }));
}

const sameListed = (a: ListedFinding, b: ListedFinding) =>
  a.key === b.key &&
  a.quote === b.quote &&
  a.severity === b.severity &&
  a.status === b.status &&
  a.message === b.message &&
  a.suggestion === b.suggestion &&
  a.citation === b.citation &&
  (a.related ?? []).join() === (b.related ?? []).join();

/** `next`, or `prev` itself when nothing a panel shows has changed (keeps React renders away). */
function keepIfSame(prev: readonly ListedFinding[], next: ListedFinding[]): readonly ListedFinding[] {
  if (prev.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) {
    const a = prev[i];
    const b = next[i];
    if (!a || !b || !sameListed(a, b)) return next;
  }
  return prev;
}

/** Lints `state`'s document; with `prev`/`tr`, incrementally after that transaction. */
export function computeFindings(
  ctx: FindingsContext,
  state: EditorState,
  prev: FindingsState | null,
  tr: Transaction | null,
): FindingsState {
  const t0 = performance.now();
  const citeOf = citeOfFor(ctx, state);
  const lines = provisionLines(state.doc, citeOf);
  const t1 = performance.now();
  const raw = ctx.engine.lint(lines, ctx.lang);
  const lintMs = performance.now() - t1;
  const placed = placeFindings(raw, lines, citeOf);
  const byPid = inlineByPid(placed);
  const sigs = new Map<string, string>();
  for (const [pid, fs] of byPid) sigs.set(pid, decorationSignature(fs));

  const composing = !!tr?.getMeta('composition');
  let decorations: DecorationSet;
  if (!prev || !tr) decorations = fullDecorations(state.doc, lines, byPid, ctx.onGutter);
  else if (composing) decorations = prev.decorations.map(tr.mapping, state.doc);
  else decorations = nextDecorations(prev, tr, lines, byPid, sigs, ctx.onGutter);

  const totalMs = performance.now() - t0;
  const before = prev?.stats ?? emptyStats;
  return {
    placed,
    listed: keepIfSame(prev?.listed ?? [], listed(placed, lines)),
    decorations,
    sigs: composing && prev ? prev.sigs : sigs,
    card: prev?.card ?? null,
    stale: composing,
    describe: prev?.describe ?? ((id) => ctx.engine.describe(id, ctx.lang)),
    stats: {
      runs: before.runs + 1,
      lastLintMs: lintMs,
      lastTotalMs: totalMs,
      maxTotalMs: Math.max(before.maxTotalMs, totalMs),
      sumTotalMs: before.sumTotalMs + totalMs,
      provisions: lines.length,
      recomputed: ctx.engine.stats.lastRecomputed,
    },
  };
}
