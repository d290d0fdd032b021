// A malformed pack is refused at load, naming the pack, the JSON path and the reason.
import { describe, expect, it } from 'vitest';
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
    loadRulePacks(packs);
  } catch (err) {
    expect(err).toBeInstanceOf(RulePackError);
    return err as RulePackError;
  }
  throw new Error('the pack was accepted');
}

describe('loadRulePacks', () => {
  it('accepts the built-in packs', () => {
    const packs = loadRulePacks(builtins());
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
    expect(
      refused((p) => ((p[3]?.billChecks as { whenRules: string[] }[])[0]!.whenRules = ['A21-999'])).reason,
    ).toBe('unknown rule "A21-999"');
    const e = refused(
      (p) => ((p[0]?.rules[0] as { trigger: { any: unknown[] } }).trigger.any = [{ vocab: 'nope' }]),
    );
    expect([e.path, e.reason]).toEqual(['rules[0].trigger.any[0].vocab', 'unknown vocabulary "nope"']);
  });

  it('names a pack without an id by its position', () => {
    const e = refused((p) => delete p[2]?.id);
    expect(e.pack).toBe('#2');
  });
});
