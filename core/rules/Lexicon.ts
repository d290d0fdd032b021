// Every distinct pattern of a rule set, compiled once: terms go into one Aho-Corasick automaton,
// regular expressions are kept compiled. `scan` finds all of them in a normalised provision in one go.
import { AhoCorasick, type TermSink } from './AhoCorasick';
import { normalizeText } from './normalizeText';
import { regexFactors } from './regexFactors';
import type { PlainPattern } from './schema';

/** A normalised range [start, end) of one pattern occurrence. */
export interface Span {
  start: number;
  end: number;
}

/** Occurrences per pattern index (only patterns that occur). */
export type PatternHits = Map<number, Span[]>;

interface TermSpec {
  index: number;
  term: string;
  wordStart: boolean;
  wordEnd: boolean;
  prefix: boolean;
}

const latin = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));

/** Collects automaton hits for one text, checking word boundaries of Latin-edged terms. */
class HitCollector implements TermSink {
  readonly hits: PatternHits = new Map();
  /** Regexes (by position in Lexicon.regexes) one of whose factors occurs: the ones worth running. */
  readonly armed = new Set<number>();
  constructor(
    private readonly text: string,
    private readonly terms: readonly TermSpec[],
    /** Automaton entries past the terms are regex factors: entry → the regexes it arms. */
    private readonly factorOf: readonly (readonly number[])[],
  ) {}

  hit(term: number, start: number, end: number): void {
    const spec = this.terms[term];
    if (!spec) {
      for (const r of this.factorOf[term - this.terms.length] ?? []) this.armed.add(r);
      return;
    }
    const text = this.text;
    if (spec.wordStart && latin(text[start - 1])) return;
    if (spec.wordEnd && latin(text[end])) return;
    if (spec.prefix) while (latin(text[end])) end++;
    this.put(spec.index, start, end);
  }

  put(index: number, start: number, end: number): void {
    const list = this.hits.get(index);
    if (list) list.push({ start, end });
    else this.hits.set(index, [{ start, end }]);
  }
}

/** The compiled patterns of a rule set, addressed by index. */
export class Lexicon {
  private readonly indexOf = new Map<string, number>();
  private readonly terms: TermSpec[] = [];
  /** Regexes with their required factors (null: none known, the regex runs on every provision). */
  private readonly regexes: { index: number; re: RegExp; factors: string[] | null }[] = [];
  private automaton: AhoCorasick | null = null;
  private factorOf: number[][] = [];

  /** Registers a pattern (once per distinct pattern) and returns its index. */
  add(pattern: PlainPattern): number {
    const key = typeof pattern === 'string' ? `t:${pattern}` : `r:${pattern.re}`;
    const known = this.indexOf.get(key);
    if (known !== undefined) return known;
    const index = this.indexOf.size;
    this.indexOf.set(key, index);
    if (typeof pattern === 'string') {
      const prefix = pattern.endsWith('*');
      const term = normalizeText(prefix ? pattern.slice(0, -1) : pattern).text;
      this.terms.push({
        index,
        term,
        prefix,
        wordStart: latin(term[0]),
        wordEnd: !prefix && latin(term[term.length - 1]),
      });
    } else this.regexes.push({ index, re: new RegExp(pattern.re, 'gu'), factors: regexFactors(pattern.re) });
    this.automaton = null;
    return index;
  }

  /** Number of distinct patterns. */
  get size(): number {
    return this.indexOf.size;
  }

  /**
   * All occurrences of all patterns in normalised text, term edges checked at word boundaries.
   * `prefilter: false` runs every regex whatever its factors (the tests compare both ways).
   */
  scan(text: string, prefilter = true): PatternHits {
    const automaton = (this.automaton ??= this.build());
    const collector = new HitCollector(text, this.terms, this.factorOf);
    automaton.search(text, collector);
    // A regex runs only where one of its required factors occurred (see regexFactors), or always when
    // it has none: whatever it matches contains a factor, so skipping it elsewhere changes nothing.
    this.regexes.forEach(({ index, re, factors }, r) => {
      if (prefilter && factors && !collector.armed.has(r)) return;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) re.lastIndex++;
        else collector.put(index, m.index, m.index + m[0].length);
      }
    });
    return collector.hits;
  }

  /** One automaton for the terms and, after them, every distinct regex factor. */
  private build(): AhoCorasick {
    const factorIndex = new Map<string, number>();
    this.factorOf = [];
    this.regexes.forEach(({ factors }, r) => {
      for (const f of factors ?? []) {
        let k = factorIndex.get(f);
        if (k === undefined) {
          k = this.factorOf.length;
          factorIndex.set(f, k);
          this.factorOf.push([]);
        }
        this.factorOf[k]?.push(r);
      }
    });
    return new AhoCorasick([...this.terms.map((t) => t.term), ...factorIndex.keys()]);
  }
}
