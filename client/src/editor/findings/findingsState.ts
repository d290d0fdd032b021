// The findings plugin's state and how a transaction advances it: walk the provisions, let the bill's
// RuleEngine re-lint (only changed provisions are re-analysed), and redraw the decorations of the
// provisions the transaction touched or whose findings changed (all of them after a remote Yjs change,
// which replaces the whole document); document ranges of the others are computed only when asked for.
// During IME composition the old decorations are only mapped, so the text being composed is never
// redrawn; they are refreshed when composition ends.
import type { Node as PMNode } from '@tiptap/pm/model';
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import type { ProvisionNumber } from '../../../../core/bill';
import type { Finding, RuleDescription, RuleEngine, RuleLang } from '../../../../core/rules';
import { changedRanges, touches } from './changedRanges';
import { lineDecorations, type GutterHandler } from './findingDecorations';
import { findingKey, isInline, placeFinding, placeFindings, type PlacedFinding } from './placeFindings';
import { provisionLines, type CiteOf, type ProvisionLine, type TextCache } from './provisionLines';

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
  /** The engine's findings in bill order (a provision's keep their identity while its text is unchanged). */
  findings: readonly Finding[];
  /** pid → its provision line in this document. */
  lines: ReadonlyMap<string, ProvisionLine>;
  /** pid → the findings drawn in its text. */
  drawn: ReadonlyMap<string, readonly Finding[]>;
  /** How this document's cross-references read (to place findings after one). */
  citeOf: CiteOf;
  /** The same findings for panels: the same array for as long as nothing a panel shows changed. */
  listed: readonly ListedFinding[];
  decorations: DecorationSet;
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

/** Every finding with its range in the state's document (computed on demand: user actions, not keystrokes). */
export function placedFindings(s: FindingsState): PlacedFinding[] {
  return placeFindings(s.findings, s.lines, s.citeOf);
}

/** Finding `key` with its range, or undefined when it is gone. */
export function placedFinding(s: FindingsState, key: string): PlacedFinding | undefined {
  for (const f of s.findings) {
    if (findingKey(f) !== key) continue;
    const line = s.lines.get(f.pid);
    return line ? placeFinding(f, line, s.citeOf) : undefined;
  }
  return undefined;
}

/** Everything a run needs besides the transaction. */
export interface FindingsContext {
  engine: RuleEngine;
  lang: RuleLang;
  /** pid → current number of every provision (cross-references render their target's citation). */
  numbers: (state: EditorState) => ReadonlyMap<string, ProvisionNumber>;
  brokenRef: string;
  onGutter: GutterHandler;
  /** This editor's cache of sentence texts. */
  texts?: TextCache;
  /** This editor's listed form of each finding object the engine returned. */
  listedCache?: WeakMap<Finding, ListedFinding>;
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

function drawnByPid(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!isInline(f)) continue;
    const list = out.get(f.pid);
    if (list) list.push(f);
    else out.set(f.pid, [f]);
  }
  return out;
}

const sameItems = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

function decorationsOf(line: ProvisionLine, fs: readonly Finding[], citeOf: CiteOf, onGutter: GutterHandler): Decoration[] {
  return lineDecorations(
    line,
    fs.map((f) => placeFinding(f, line, citeOf)),
    onGutter,
  );
}

function fullDecorations(
  doc: PMNode,
  lines: readonly ProvisionLine[],
  drawn: ReadonlyMap<string, readonly Finding[]>,
  citeOf: CiteOf,
  onGutter: GutterHandler,
): DecorationSet {
  const all: Decoration[] = [];
  for (const line of lines) {
    const fs = drawn.get(line.pid);
    if (fs) all.push(...decorationsOf(line, fs, citeOf, onGutter));
  }
  return DecorationSet.create(doc, all);
}

/**
 * Decorations after `tr`: the previous ones mapped, with the provisions the transaction touched, or whose
 * findings changed (the engine returns new finding objects only for re-analysed provisions), redrawn.
 */
function nextDecorations(
  prev: FindingsState,
  tr: Transaction,
  lines: readonly ProvisionLine[],
  drawn: ReadonlyMap<string, readonly Finding[]>,
  citeOf: CiteOf,
  onGutter: GutterHandler,
): DecorationSet {
  const doc = tr.doc;
  if (prev.stale) return fullDecorations(doc, lines, drawn, citeOf, onGutter);
  const ranges = changedRanges(tr);
  let set = prev.decorations.map(tr.mapping, doc);
  const remove = new Set<Decoration>();
  for (const [from, to] of ranges) for (const d of set.find(from, to)) remove.add(d);
  const add: Decoration[] = [];
  let dirty = 0;
  for (const line of lines) {
    const end = line.pos + line.node.nodeSize;
    const fs = drawn.get(line.pid);
    if (!touches(ranges, line.pos, end) && sameItems(fs, prev.drawn.get(line.pid))) continue;
    if (++dirty > FULL_REBUILD_AFTER) return fullDecorations(doc, lines, drawn, citeOf, onGutter);
    for (const d of set.find(line.pos, end)) remove.add(d);
    if (fs) add.push(...decorationsOf(line, fs, citeOf, onGutter));
  }
  if (remove.size) set = set.remove([...remove]);
  if (add.length) set = set.add(doc, add);
  return set;
}

function listedOf(
  findings: readonly Finding[],
  lines: ReadonlyMap<string, ProvisionLine>,
  cache: WeakMap<Finding, ListedFinding> | undefined,
): ListedFinding[] {
  return findings.map((f) => {
    const hit = cache?.get(f);
    if (hit) return hit;
    const { start, end, ...rest } = f;
    const item = { ...rest, key: findingKey(f), quote: lines.get(f.pid)?.text.slice(start, end) ?? '' };
    cache?.set(f, item);
    return item;
  });
}

const sameListed = (a: ListedFinding, b: ListedFinding) =>
  a === b ||
  (a.key === b.key &&
    a.quote === b.quote &&
    a.severity === b.severity &&
    a.status === b.status &&
    a.message === b.message &&
    a.suggestion === b.suggestion &&
    a.citation === b.citation &&
    (a.related ?? []).join() === (b.related ?? []).join());

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
  const lines = provisionLines(state.doc, citeOf, ctx.texts);
  const t1 = performance.now();
  const findings = ctx.engine.lint(lines, ctx.lang);
  const lintMs = performance.now() - t1;
  const byPid = new Map(lines.map((l) => [l.pid, l]));
  const drawn = drawnByPid(findings);

  const composing = !!tr?.getMeta('composition');
  let decorations: DecorationSet;
  if (!prev || !tr) decorations = fullDecorations(state.doc, lines, drawn, citeOf, ctx.onGutter);
  else if (composing) decorations = prev.decorations.map(tr.mapping, state.doc);
  else decorations = nextDecorations(prev, tr, lines, drawn, citeOf, ctx.onGutter);

  const listed = keepIfSame(prev?.listed ?? [], listedOf(findings, byPid, ctx.listedCache));
  const totalMs = performance.now() - t0;
  const before = prev?.stats ?? emptyStats;
  return {
    findings,
    lines: byPid,
    // While composing, the decorations still show the previous findings: compare against those later.
    drawn: composing && prev ? prev.drawn : drawn,
    citeOf,
    listed,
    decorations,
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
