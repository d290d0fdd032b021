// Required factors of a regular expression: a set of literal strings such that every match contains at
// least one of them. The Lexicon adds them to its Aho-Corasick automaton and runs a regex only on the
// provisions where one of its factors occurs, so a pack can hold many regexes without every provision
// paying for every one (a classic regex prefilter). The analysis is conservative: whatever it does not
// understand yields null, "no factor known", and that regex runs on every provision.

/** Factor sets: null = unknown (always run); otherwise every match contains one of the strings. */
type Factors = string[] | null;

/** A parsed sequence element: a literal character, or something with its own factors. */
type Part = { char: string } | { factors: Factors };

/** Shorter factors match more often; a set is as selective as its shortest member, and its size. */
function score(f: Factors): number {
  if (!f || f.length === 0) return -1;
  return Math.min(...f.map((s) => [...s].length)) * 4 - f.length;
}

const better = (a: Factors, b: Factors): Factors => (score(b) > score(a) ? b : a);

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  get done(): boolean {
    return this.i >= this.s.length;
  }

  /** alternation := sequence ('|' sequence)*: the union of the alternatives' factors (null if any is). */
  alternation(): Factors {
    let acc = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      acc = acc && next ? [...new Set([...acc, ...next])] : null;
    }
    return acc;
  }

  /** sequence: the most selective factor set among its literal runs and mandatory groups. */
  private sequence(): Factors {
    let best: Factors = null;
    let run = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (!this.done && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const part = this.atom();
      const q = this.quantifier();
      if (q === 'optional') {
        endRun();
        continue;
      }
      if ('char' in part && q === 'once') run += part.char;
      else {
        endRun();
        best = better(best, 'char' in part ? [part.char] : part.factors);
      }
      if (q === 'repeat') endRun(); // what follows a repeated atom is not adjacent to one fixed string
    }
    endRun();
    return best;
  }

  /** Consumes a quantifier: none (once), one that allows zero repetitions, or a mandatory repeat. */
  private quantifier(): 'once' | 'optional' | 'repeat' {
    const c = this.s[this.i];
    let kind: 'once' | 'optional' | 'repeat' = 'once';
    if (c === '?' || c === '*') {
      kind = 'optional';
      this.i++;
    } else if (c === '+') {
      kind = 'repeat';
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d*)(,\d*)?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Error('unsupported quantifier');
      kind = (m[1] ?? '') === '' || Number(m[1]) === 0 ? 'optional' : 'repeat';
      this.i += m[0].length;
    }
    if (kind !== 'once' && this.s[this.i] === '?') this.i++; // lazy
    return kind;
  }

  private atom(): Part {
    const c = this.s[this.i] ?? '';
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (this.s[this.i] === '?') {
        const m = /^\?(:|=|!|<=|<!)/.exec(this.s.slice(this.i));
        if (!m) throw new Error('unsupported group');
        lookaround = m[1] !== ':';
        this.i += m[0].length;
      }
      const inner = this.alternation();
      if (this.s[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      return { factors: lookaround ? null : inner };
    }
    if (c === '[') {
      this.i++;
      if (this.s[this.i] === '^') this.i++;
      if (this.s[this.i] === ']') this.i++;
      while (!this.done && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
      if (this.done) throw new Error('unbalanced class');
      this.i++;
      return { factors: null };
    }
    if (c === '.' || c === '^' || c === '$') {
      this.i++;
      return { factors: null };
    }
    if (c === '\\') {
      const next = this.s[this.i + 1] ?? '';
      this.i += 2;
      // An escaped punctuation character stands for itself; letters and digits are classes,
      // assertions or references (\b, \w, \d, \s, \p{…}, \1 …): no literal.
      if (/^[\p{P}\p{S} ]$/u.test(next)) return { char: next };
      if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'k' || next === 'c')
        throw new Error('unsupported escape');
      return { factors: null };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Error('syntax');
    const cp = this.s.codePointAt(this.i) ?? 0;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { char: ch };
  }
}

/**
 * Factors of a regex source (flags `gu`, matched against normalised, lower-cased text): literal strings
 * of which every match contains at least one, or null when none can be stated safely.
 */
export function regexFactors(source: string): string[] | null {
  try {
    const p = new Parser(source);
    const f = p.alternation();
    if (!p.done) return null;
    if (!f || f.length === 0 || f.some((s) => s.length === 0 || s !== s.toLowerCase())) return null;
    return f;
  } catch {
    return null;
  }
}
