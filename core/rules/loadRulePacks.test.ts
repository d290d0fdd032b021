// A malformed pack is refused at load, naming the pack, the JSON path and the reason.
import { describe, expect, it } from 'vitest';
import { builtinCitations } from './builtinRulePacks';
import article21 from './packs/article21.json';
import exclusiveDefense from './packs/exclusive-defense.json';
import safeguards from './packs/safeguards.json';
import unauthorizedAccess from './packs/unauthorized-access.json';
import { loadRulePacks, RulePackError } from './loadRulePacks';

const clone = <T>(v: T): T => structuredClone(v);
const builtins = () => [
  clone(article21),
  clone(unauthorizedAccess),
  clone(exclusiveDefense),
  clone(safeguards),
];
type Json = Record<string, unknown> & { rules: Record<string, unknown>[] };

function refused(mutate: (packs: Json[]) => void): RulePackError {
  const packs = builtins() as unknown as Json[];
  mutate(packs);
  try {
    loadRulePacks(packs, builtinCitations);
  } catch (err) {
    expect(err).toBeInstanceOf(RulePackError);
    return err as RulePackError;
  }
  throw new Error('the pack was accepted');
}

describe('loadRulePacks', () => {
  it('accepts the built-in packs', () => {
    const packs = loadRulePacks(builtins(), builtinCitations);
    expect(packs.map((p) => p.id)).toEqual([
      'article21',
      'unauthorized-access',
      'exclusive-defense',
      'safeguards',
    ]);
  });

  it('names the pack, path and reason for a bad regular expression', () => {
    const e = refused(
      (p) => ((p[0]?.rules[1] as { trigger: { any: unknown[] } }).trigger.any[0] = { re: '(unclosed' }),
    );
    expect(e.pack).toBe('article21');
    expect(e.path).toBe('rules[1].trigger.any[0].re');
    expect(e.reason).toMatch(/not a valid regular expression/);
    expect(e.message).toMatch(/^rule pack "article21" is invalid at rules\[1\]\.trigger\.any\[0\]\.re: /);
  });

  it('refuses a missing message', () => {
    const e = refused((p) => delete p[1]?.rules[0]?.message);
    expect([e.pack, e.path]).toEqual(['unauthorized-access', 'rules[0].message']);
  });

  it('refuses a misspelt key instead of ignoring it', () => {
    const e = refused((p) => p[2]?.rules[0] && (p[2].rules[0].mitigatedby = ['international-law']));
    expect(e.pack).toBe('exclusive-defense');
    expect(e.message).toMatch(/mitigatedby/);
  });

  it('refuses an unknown severity and a malformed rule id', () => {
    expect(refused((p) => p[0]?.rules[0] && (p[0].rules[0].severity = 'high')).path).toBe(
      'rules[0].severity',
    );
    expect(refused((p) => p[0]?.rules[0] && (p[0].rules[0].id = 'a21-1')).reason).toMatch(/A21-003/);
  });

  it('refuses duplicate rule ids across packs', () => {
    const e = refused((p) => p[1]?.rules[0] && (p[1].rules[0].id = 'A21-001'));
    expect(e.message).toMatch(/A21-001 is already used in pack "article21"/);
  });

  it('refuses references to unknown safeguards, rules and vocabularies', () => {
    expect(refused((p) => p[0]?.rules[0] && (p[0].rules[0].mitigatedBy = ['prior-aproval'])).reason).toBe(
      'unknown safeguard "prior-aproval"',
    );
    const decisive = refused((p) => p[0]?.rules[0] && (p[0].rules[0].addressedBy = ['secrecy-respectd']));
    expect([decisive.path, decisive.reason]).toEqual([
      'rules[0].addressedBy[0]',
      'unknown safeguard "secrecy-respectd"',
    ]);
    expect(
      refused((p) => ((p[3]?.billChecks as { whenRules: string[] }[])[0]!.whenRules = ['A21-999'])).reason,
    ).toBe('unknown rule "A21-999"');
    const e = refused(
      (p) => ((p[0]?.rules[0] as { trigger: { any: unknown[] } }).trigger.any = [{ vocab: 'nope' }]),
    );
    expect([e.path, e.reason]).toEqual(['rules[0].trigger.any[0].vocab', 'unknown vocabulary "nope"']);
  });

  it('resolves citation ids against the catalogue', () => {
    const [a21] = loadRulePacks(builtins(), builtinCitations);
    const cited = a21?.rules[0]?.citations ?? [];
    expect(cited.map((c) => c.id)).toEqual(['const-21-p2', 'tba-4', 'tba-179']);
    expect(cited[1]).toMatchObject({ law: { id: 'tba', ja: '電気通信事業法' }, ja: '第四条', en: 'Art. 4' });
  });

  it('refuses a citation missing from the catalogue, naming pack, rule and citation', () => {
    const e = refused((p) => ((p[0]?.rules[3] as { citations: string[] }).citations[1] = 'appi-270'));
    expect([e.pack, e.path]).toEqual(['article21', 'rules[3].citations[1]']);
    expect(e.message).toBe(
      'rule pack "article21" is invalid at rules[3].citations[1]: rule A21-004 cites "appi-270", which is not in the citation catalogue (core/rules/packs/citations.json)',
    );
  });

  it('refuses unknown citations in bill checks, a citation given twice, and free-text citations', () => {
    const check = refused(
      (p) => ((p[3]?.billChecks as { citations: string[] }[])[0]!.citations = ['const-21-p2', 'const-99']),
    );
    expect([check.pack, check.path]).toEqual(['safeguards', 'billChecks[0].citations[1]']);
    expect(check.reason).toMatch(/^rule SG-001 cites "const-99", which is not in the citation catalogue/);
    const twice = refused(
      (p) => ((p[1]?.rules[0] as { citations: string[] }).citations = ['ucaa-3', 'ucaa-3']),
    );
    expect(twice.reason).toBe('rule UA-001 cites "ucaa-3" twice');
    // The English strings of old are not ids: a pack must cite the catalogue.
    const prose = refused(
      (p) => ((p[2]?.rules[0] as { citations: string[] }).citations = ['Constitution Art. 9']),
    );
    expect([prose.path, prose.reason]).toEqual(['rules[0].citations[0]', 'citation ids are kebab-case']);
  });

  it('names a pack without an id by its position', () => {
    const e = refused((p) => delete p[2]?.id);
    expect(e.pack).toBe('#2');
  });
});
