// The labelled corpus (tests/fixtures/rules/corpus.json) held to per-category floors, per split.
import { describe, expect, it } from 'vitest';
import corpusJSON from '../../../tests/fixtures/rules/corpus.json';
import { builtinRulePacks } from '../builtinRulePacks';
import { compileRules } from '../compileRules';
import { categories } from '../types';
import { floorFor } from './corpusFloors';
import { corpusSchema } from './corpusSchema';
import { scoreCorpus } from './scoreCorpus';

const corpus = corpusSchema.parse(corpusJSON);
const rules = compileRules(builtinRulePacks);

describe('rule corpus', () => {
  it('[R-RULES-CORPUS] is large, bilingual, and has hard negatives and bills', () => {
    expect(corpus.clauses.length).toBeGreaterThanOrEqual(150);
    expect(corpus.clauses.filter((c) => c.lang === 'ja').length).toBeGreaterThanOrEqual(60);
    expect(corpus.clauses.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(60);
    expect(corpus.clauses.filter((c) => c.labels.length === 0).length).toBeGreaterThanOrEqual(50);
    for (const category of categories.filter((c) => c !== 'safeguards')) {
      expect(
        corpus.clauses.filter((c) => (c.labels as string[]).includes(category)).length,
        category,
      ).toBeGreaterThanOrEqual(30);
    }
    expect(new Set(corpus.clauses.map((c) => c.id)).size).toBe(corpus.clauses.length);
  });

  for (const split of ['dev', 'heldout'] as const) {
    const { scores } = scoreCorpus(corpus, rules, split);
    for (const s of scores) {
      if (split === 'heldout' && s.category === 'safeguards') continue;
      const floor = floorFor(split, s.category);
      it(`[R-RULES-EVAL] ${split} ${s.category}: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
        expect(s.precision, `precision (tp ${s.tp}, fp ${s.fp})`).toBeGreaterThanOrEqual(floor.precision);
        expect(s.recall, `recall (tp ${s.tp}, fn ${s.fn})`).toBeGreaterThanOrEqual(floor.recall);
      });
    }
  }
});
