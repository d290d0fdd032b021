// Scores the rule packs against the labelled corpus: per category precision, recall and F1, and every
// miss (false positive or false negative) with its text, so `npm run eval:rules` can print them.
import { compileRules, type RuleSet } from '../compileRules';
import { RuleEngine } from '../RuleEngine';
import type { RulePack } from '../schema';
import { categories, type Category } from '../types';
import type { Corpus } from './corpusSchema';

/** Counts and derived scores for one category. */
export interface CategoryScore {
  category: Category;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A wrong decision: `kind` fp = fired without the label, fn = label without a finding. */
export interface Miss {
  id: string;
  category: Category;
  kind: 'fp' | 'fn';
  /** Rule ids that fired in this category (fp), or the bill check expected (fn). */
  rules: string[];
  text: string;
  note?: string;
}

/** Scores per category and every wrong decision. */
export interface CorpusScore {
  scores: CategoryScore[];
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Precision/recall per category over the corpus clauses (provision-level) and bills (safeguards).
 * `split` restricts the clauses to the dev or held-out part (bills belong to dev).
 */
export function scoreCorpus(
  corpus: Corpus,
  packs: readonly RulePack[] | RuleSet,
  split?: 'dev' | 'heldout',
): CorpusScore {
  const set = Array.isArray(packs) ? compileRules(packs) : (packs as RuleSet);
  const counts = new Map<Category, { tp: number; fp: number; fn: number }>(
    categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  const misses: Miss[] = [];
  const tally = (
    category: Category,
    expected: boolean,
    fired: string[],
    id: string,
    text: string,
    note?: string,
  ) => {
    const c = counts.get(category);
    if (!c) return;
    if (expected && fired.length) c.tp++;
    else if (fired.length) {
      c.fp++;
      misses.push({ id, category, kind: 'fp', rules: fired, text, ...(note ? { note } : {}) });
    } else if (expected) {
      c.fn++;
      misses.push({ id, category, kind: 'fn', rules: [], text, ...(note ? { note } : {}) });
    }
  };
  for (const clause of corpus.clauses) {
    if (split && clause.split !== split) continue;
    const findings = new RuleEngine(set).lint([{ pid: clause.id, text: clause.text }], clause.lang);
    for (const category of categories) {
      if (category === 'safeguards') continue;
      const fired = [...new Set(findings.filter((f) => f.category === category).map((f) => f.ruleId))];
      tally(
        category,
        (clause.labels as string[]).includes(category),
        fired,
        clause.id,
        clause.text,
        clause.note,
      );
    }
  }
  const checkIds = set.billChecks.map((c) => c.check.id);
  for (const bill of split === 'heldout' ? [] : corpus.bills) {
    const provisions = bill.provisions.map((text, i) => ({ pid: `${bill.id}.${i + 1}`, text }));
    const open = new Set(
      new RuleEngine(set)
        .lint(provisions, bill.lang)
        .filter((f) => f.category === 'safeguards' && f.status === 'open')
        .map((f) => f.ruleId),
    );
    for (const id of checkIds) {
      const fired = open.has(id) ? [id] : [];
      const text = `${bill.note} — ${id}`;
      tally('safeguards', bill.expect.includes(id), fired, bill.id, text);
      const last = misses[misses.length - 1];
      if (last && last.id === bill.id && last.kind === 'fn' && !last.rules.length) last.rules = [id];
    }
  }
  const scores = categories.map((category) => {
    const { tp, fp, fn } = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return {
      category,
      tp,
      fp,
      fn,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    };
  });
  return { scores, misses };
}
