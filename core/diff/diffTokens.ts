// Word-level comparison of one provision's text: jsdiff's diffArrays over token keys, then runs of
// printed text for each side and for the redline. Replacements stay whole words (措置 → 処置), except
// when a replacement is really an insertion or deletion inside a word — typing into a compound
// (電子計算機 → 電子迅速に計算機) re-segments it, yet only what was typed is marked.
import { diffArrays } from 'diff';
import type { DiffSpan } from './types';
import { sameTokens, splitWords, tokensText, type Token } from './tokens';
import type { WordSplitter } from './wordSplitter';

/** The two sides and the redline of one text comparison. */
export interface TokenDiff {
  changed: boolean;
  old: DiffSpan[];
  new: DiffSpan[];
  redline: DiffSpan[];
}

/** Appends text to a span list, merging with the last span when the op is the same. */
function push(spans: DiffSpan[], op: DiffSpan['op'], text: string): void {
  if (!text) return;
  const last = spans.at(-1);
  if (last && last.op === op) last.text += text;
  else spans.push({ op, text });
}

const join = (tokens: readonly Token[], from: number, count: number) =>
  tokens
    .slice(from, from + count)
    .map((t) => t.text)
    .join('');

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Lengths of the common prefix and suffix of two texts, never splitting a surrogate pair. */
function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p > 0 && isHigh(a.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  if (s > 0 && isLow(a.charCodeAt(a.length - s))) s--;
  return [p, s];
}

class Runs {
  readonly out: TokenDiff = { changed: false, old: [], new: [], redline: [] };
  equal(oldText: string, newText: string): void {
    push(this.out.old, 'equal', oldText);
    push(this.out.new, 'equal', newText);
    push(this.out.redline, 'equal', newText);
  }
  replace(oldText: string, newText: string): void {
    let [p, s] = commonEnds(oldText, newText);
    if (p + s < Math.min(oldText.length, newText.length)) [p, s] = [0, 0];
    this.equal(oldText.slice(0, p), newText.slice(0, p));
    const removed = oldText.slice(p, oldText.length - s);
    const added = newText.slice(p, newText.length - s);
    push(this.out.old, 'delete', removed);
    push(this.out.redline, 'delete', removed);
    push(this.out.new, 'insert', added);
    push(this.out.redline, 'insert', added);
    if (removed || added) this.out.changed = true;
    this.equal(oldText.slice(oldText.length - s), newText.slice(newText.length - s));
  }
}

/** Compares two texts (runs and cross-references) word by word. */
export function diffTokens(oldRuns: readonly Token[], newRuns: readonly Token[], split: WordSplitter): TokenDiff {
  const runs = new Runs();
  if (sameTokens(oldRuns, newRuns)) {
    runs.equal(tokensText(oldRuns), tokensText(newRuns));
    return runs.out;
  }
  const oldTokens = splitWords(oldRuns, split);
  const newTokens = splitWords(newRuns, split);
  const oldKeys = oldTokens.map((t) => t.key);
  const newKeys = newTokens.map((t) => t.key);
  const changes = diffArrays(oldKeys, newKeys);
  let o = 0;
  let n = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change) continue;
    if (!change.added && !change.removed) {
      runs.equal(join(oldTokens, o, change.count), join(newTokens, n, change.count));
      o += change.count;
      n += change.count;
      continue;
    }
    // A removal and an addition next to each other are one replacement.
    const next = changes[i + 1];
    const removed = change.removed ? change.count : next?.removed ? next.count : 0;
    const added = change.added ? change.count : next?.added ? next.count : 0;
    if ((change.removed && next?.added) || (change.added && next?.removed)) i++;
    runs.replace(join(oldTokens, o, removed), join(newTokens, n, added));
    o += removed;
    n += added;
  }
  return runs.out;
}

/** The spans of a text present on one side only. */
export function oneSided(op: 'insert' | 'delete', text: string): DiffSpan[] {
  return text ? [{ op, text }] : [];
}
