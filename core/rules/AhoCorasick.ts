// Multi-pattern literal matcher: one pass over a provision finds every occurrence of every term,
// overlapping ones included (取得通信情報 and 通信情報 both hit). Hundreds of terms across the packs
// would otherwise mean hundreds of scans per provision.

/** Receives one occurrence: the term's index in the constructor list and its range, end exclusive. */
export interface TermSink {
  hit(term: number, start: number, end: number): void;
}

/** An Aho-Corasick automaton over UTF-16 code units. */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Terms ending at each state, including those reached through failure links. */
  private readonly out: number[][] = [[]];
  private readonly lengths: number[];
  /** Transitions out of the root for every UTF-16 code unit (0 = stay): most characters start nothing, and
   * a flat table answers them without a Map lookup. */
  private readonly root = new Int32Array(0x10000);

  /** Builds the automaton for `terms` (already normalised); hits report indices into this list. */
  constructor(terms: readonly string[]) {
    this.lengths = terms.map((t) => t.length);
    terms.forEach((term, index) => {
      let state = 0;
      for (let i = 0; i < term.length; i++) {
        const c = term.charCodeAt(i);
        let to = this.next[state]?.get(c);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[state]?.set(c, to);
        }
        state = to;
      }
      this.out[state]?.push(index);
    });
    this.link();
    for (const [c, to] of this.next[0] ?? []) this.root[c] = to;
  }

  private link(): void {
    const queue: number[] = [];
    for (const s of this.next[0]?.values() ?? []) queue.push(s);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      for (const [c, to] of this.next[state] ?? []) {
        let f = this.fail[state] ?? 0;
        while (f && !this.next[f]?.has(c)) f = this.fail[f] ?? 0;
        const target = this.next[f]?.get(c);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.out[to]?.push(...(this.out[this.fail[to] ?? 0] ?? []));
        queue.push(to);
      }
    }
  }

  /** Reports every occurrence of every term in `text` to `sink`, in order of end position. */
  search(text: string, sink: TermSink): void {
    const { next, fail, out, lengths, root } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to = state === 0 ? undefined : next[state]?.get(c);
      while (to === undefined && state !== 0) {
        state = fail[state] ?? 0;
        if (state !== 0) to = next[state]?.get(c);
      }
      state = to ?? root[c] ?? 0;
      const found = out[state];
      if (found !== undefined && found.length !== 0) {
        for (let k = 0; k < found.length; k++) {
          const term = found[k] ?? 0;
          sink.hit(term, i + 1 - (lengths[term] ?? 0), i + 1);
        }
      }
    }
  }
}
