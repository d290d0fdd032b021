// The regex prefilter: factors are literal strings every match contains, so running a regex only where one
// of its factors occurs finds exactly what running it everywhere finds.
import { describe, expect, it } from 'vitest';
import corpusJSON from '../../tests/fixtures/rules/corpus.json';
import cases from '../../tests/fixtures/rules/ruleCases.json';
import measure2en from '../../templates/measure2.en.json';
import measure2ja from '../../templates/measure2.ja.json';
import omnibusEn from '../../templates/omnibus.en.json';
import omnibusJa from '../../templates/omnibus.ja.json';
import { builtinRulePacks } from './builtinRulePacks';
import { compileRules } from './compileRules';
import { normalizeText } from './normalizeText';
import { regexFactors } from './regexFactors';

/** Every string in a JSON value (a template's texts, captions, guidance). */
const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(strings)
        : [];

describe('regexFactors', () => {
  it('takes the most selective literal a match must contain', () => {
    expect(regexFactors('\\b(road|highway|car)s?\\b[^.]{0,40}\\btraffic\\b')).toEqual(['traffic']);
    expect(regexFactors('(?<!情報|電気)通信(?!事業|役務)')).toEqual(['通信']);
    expect(regexFactors('(接続|通話)の?(記録|履歴|ログ)')).toEqual(['接続', '通話']);
    expect(
      regexFactors(
        '\\bsanctions?\\b[^.]{0,80}\\b(cyber|attack)|\\b(cyber\\w*|attack\\w*)\\b[^.]{0,80}\\bsanctions?\\b',
      ),
    ).toEqual(['sanction']);
    expect(regexFactors("\\b(someone else's|others') (passwords?|pins?)")).toEqual([
      "someone else's",
      "others'",
    ]);
  });

  it('gives up (null: run everywhere) when a match may contain no fixed literal', () => {
    expect(regexFactors('(a|)b?')).toBeNull();
    expect(regexFactors('[a-z]+ing')).toEqual(['ing']);
    expect(regexFactors('\\w+')).toBeNull();
    expect(regexFactors('(?<name>x)')).toBeNull();
    expect(regexFactors('(foo)?bar?')).toEqual(['ba']);
    expect(regexFactors('x{0,3}')).toBeNull();
  });

  it('every built-in regex has factors, and prefiltered scans equal full scans on every text we have', () => {
    const set = compileRules(builtinRulePacks);
    const texts = [
      ...corpusJSON.clauses.map((c) => c.text),
      ...corpusJSON.bills.flatMap((b) => b.provisions),
      ...cases.cases.flatMap((c) => [...c.trigger, ...c.nearMiss, ...(c.mitigated ?? [])]),
      ...builtinRulePacks.flatMap((p) => p.rules.flatMap((r) => [r.suggestion.ja, r.suggestion.en])),
      ...[omnibusJa, omnibusEn, measure2ja, measure2en].flatMap(strings),
    ];
    expect(texts.length).toBeGreaterThan(1000);
    const sorted = (hits: Map<number, { start: number; end: number }[]>) =>
      [...hits].map(([i, spans]) => `${i}:${spans.map((s) => `${s.start}-${s.end}`).join(',')}`).sort();
    for (const text of texts) {
      const n = normalizeText(text).text;
      expect(sorted(set.lexicon.scan(n)), text).toEqual(sorted(set.lexicon.scan(n, false)));
    }
  });
});
