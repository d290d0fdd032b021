// The findings plugin's state and how a transaction advances it: walk the provisions, let the bill's
// RuleEngine re-lint (only changed provisions are re-analysed), and redraw the decorations of the
// provisions the transaction touched or whose findings changed (all of them after a remote Yjs change,
// which replaces the whole document); document ranges of the others are computed only when asked for.
// During IME composition the old decorations are only mapped, so the text being composed is never
// redrawn; they are refreshed when composition ends. Waivers (from the review layer) are checked against
// each provision's current text on every run, so a waived finding turns open again the moment its
// provision's wording changes.
import type { Node as PMNode } from '@tiptap/pm/model';
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import type { ProvisionNumber } from '../../../../core/bill';
import type { Finding, RuleDescription, RuleEngine, RuleLang } from '../../../../core/rules';
import { changedRanges, touches } from './changedRanges';
import { lineDecorations, type GutterHandler } from './findingDecorations';
import { waivedFindings, type FindingWaiver, type WaiverChecks } from './findingWaivers';
import { findingKey, isInline, placeFinding, placeFindings, type PlacedFinding } from './placeFindings';
import { provisionLines, type CiteOf, type ProvisionLine, type TextCache } from './provisionLines';

/**
 * How a finding stands: `open`, `addressed` by safeguards (the engine's two statuses), or `waived` — an
 * open finding that a waiver in force covers. Counts, filters and markers treat the three apart.
 */
export type FindingStatus = 'open' | 'addressed' | 'waived';

/** A finding as panels list it: no offsets (they move as one types), the flagged words instead. */
export interface ListedFinding extends Omit<Finding, 'start' | 'end' | 'status'> {
  key: string;
  /** The flagged words, as rendered. */
  quote: string;
  status: FindingStatus;
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
  /** The waivers the review layer knows of (in force or not). */
  waivers: readonly FindingWaiver[];
  /** Finding key → the waiver in force on it for the current text. */
  waived: ReadonlyMap<string, FindingWaiver>;
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
export type FindingsMeta =
  | { type: 'openCard'; key: string; focus: boolean }
  | { type: 'closeCard' }
  | { type: 'refresh' }
  | { type: 'waivers'; waivers: readonly FindingWaiver[] };

export const findingsKey = new PluginKey<FindingsState>('billFindings');

/** The findings of the editor's current document. */
export function getFindings(state: EditorState): FindingsState | undefined {
  return findingsKey.getState(state);
}

/** Every finding with its range in the state's document (computed on demand: user actions, not keystrokes). */
export function placedFindings(s: FindingsState): PlacedFinding[] {
  return placeFindings(s.findings, s.lines, s.citeOf);
}

/** True for a finding the engine reports open and no waiver covers (what markers count, F8 visits). */
export function isOpenFinding(s: FindingsState, f: Pick<Finding, 'status'> & { key: string }): boolean {
  return f.status === 'open' && !s.waived.has(f.key);
}

/** A finding's status with waivers taken into account. */
export function findingStatus(waived: ReadonlyMap<string, unknown>, f: { status: FindingStatus; key: string }): FindingStatus {
  return f.status === 'open' && waived.has(f.key) ? 'waived' : f.status;
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
  /** This editor's last check of each waiver against its provision's text. */
  waiverChecks?: WaiverChecks;
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

/** What drawing a provision's findings needs besides the provision. */
interface DrawInput {
  drawn: ReadonlyMap<string, readonly Finding[]>;
  waived: ReadonlyMap<string, FindingWaiver>;
  citeOf: CiteOf;
  onGutter: GutterHandler;
}

function decorationsOf(line: ProvisionLine, fs: readonly Finding[], input: DrawInput): Decoration[] {
  return lineDecorations(
    line,
    fs.map((f) => placeFinding(f, line, input.citeOf)),
    input.onGutter,
    input.waived,
  );
}

function fullDecorations(doc: PMNode, lines: readonly ProvisionLine[], input: DrawInput): DecorationSet {
  const all: Decoration[] = [];
  for (const line of lines) {
    const fs = input.drawn.get(line.pid);
    if (fs) all.push(...decorationsOf(line, fs, input));
  }
  return DecorationSet.create(doc, all);
}

/** Provisions whose waived findings differ between two runs (their markers and highlights change). */
function waiverChanges(prev: ReadonlyMap<string, FindingWaiver>, next: ReadonlyMap<string, FindingWaiver>): Set<string> {
  const pids = new Set<string>();
  if (prev === next) return pids;
  for (const [key, w] of next) if (prev.get(key) !== w) pids.add(w.pid);
  for (const [key, w] of prev) if (next.get(key) !== w) pids.add(w.pid);
  return pids;
}

/**
 * Decorations after `tr`: the previous ones mapped, with the provisions the transaction touched, whose
 * findings changed (the engine returns new finding objects only for re-analysed provisions), or whose
 * waived findings changed, redrawn.
 */
function nextDecorations(prev: FindingsState, tr: Transaction, lines: readonly ProvisionLine[], input: DrawInput): DecorationSet {
  const doc = tr.doc;
  const { drawn } = input;
  if (prev.stale) return fullDecorations(doc, lines, input);
  const rewaived = waiverChanges(prev.waived, input.waived);
  const ranges = changedRanges(tr);
  let set = prev.decorations.map(tr.mapping, doc);
  const remove = new Set<Decoration>();
  for (const [from, to] of ranges) for (const d of set.find(from, to)) remove.add(d);
  const add: Decoration[] = [];
  let dirty = 0;
  for (const line of lines) {
    const end = line.pos + line.node.nodeSize;
    const fs = drawn.get(line.pid);
    if (!touches(ranges, line.pos, end) && sameItems(fs, prev.drawn.get(line.pid)) && !rewaived.has(line.pid)) continue;
    if (++dirty > FULL_REBUILD_AFTER) return fullDecorations(doc, lines, input);
    for (const d of set.find(line.pos, end)) remove.add(d);
    if (fs) add.push(...decorationsOf(line, fs, input));
  }
  if (remove.size) set = set.remove([...remove]);
  if (add.length) set = set.add(doc, add);
  return set;
}

function listedOf(
  findings: readonly Finding[],
  lines: ReadonlyMap<string, ProvisionLine>,
  waived: ReadonlyMap<string, FindingWaiver>,
  cache: WeakMap<Finding, ListedFinding> | undefined,
): ListedFinding[] {
  return findings.map((f) => {
    let item = cache?.get(f);
    if (!item) {
      const { start, end, ...rest } = f;
      item = { ...rest, key: findingKey(f), quote: lines.get(f.pid)?.text.slice(start, end) ?? '' };
      cache?.set(f, item);
    }
    const status = findingStatus(waived, item);
    return status === item.status ? item : { ...item, status };
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

/**
 * Lints `state`'s document; with `prev`/`tr`, incrementally after that transaction. `waivers` replaces
 * the known waivers (default: the previous run's).
 */
export function computeFindings(
  ctx: FindingsContext,
  state: EditorState,
  prev: FindingsState | null,
  tr: Transaction | null,
  waivers: readonly FindingWaiver[] = prev?.waivers ?? [],
): FindingsState {
  const t0 = performance.now();
  const citeOf = citeOfFor(ctx, state);
  const lines = provisionLines(state.doc, citeOf, ctx.texts);
  const t1 = performance.now();
  const findings = ctx.engine.lint(lines, ctx.lang);
  const lintMs = performance.now() - t1;
  const byPid = new Map(lines.map((l) => [l.pid, l]));
  const drawn = drawnByPid(findings);
  const waived = waivedFindings(waivers, byPid, ctx.waiverChecks, prev?.waived);
  const input: DrawInput = { drawn, waived, citeOf, onGutter: ctx.onGutter };

  // New waivers arriving while decorations wait for a composition to end wait with them.
  const waiting = !!prev?.stale && (tr?.getMeta(findingsKey) as FindingsMeta | undefined)?.type === 'waivers';
  const composing = !!tr?.getMeta('composition') || waiting;
  let decorations: DecorationSet;
  if (!prev || !tr) decorations = fullDecorations(state.doc, lines, input);
  else if (composing) decorations = prev.decorations.map(tr.mapping, state.doc);
  else decorations = nextDecorations(prev, tr, lines, input);

  const listed = keepIfSame(prev?.listed ?? [], listedOf(findings, byPid, waived, ctx.listedCache));
  const totalMs = performance.now() - t0;
  const before = prev?.stats ?? emptyStats;
  return {
    findings,
    lines: byPid,
    // While composing, the decorations still show the previous findings: compare against those later.
    drawn: composing && prev ? prev.drawn : drawn,
    waivers,
    waived,
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
