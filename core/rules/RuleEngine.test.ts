// The incremental engine: only changed provisions are re-analysed; results equal a fresh full pass.
import { describe, expect, it } from 'vitest';
import { builtinRulePacks } from './builtinRulePacks';
import { compileRules } from './compileRules';
import { lintProvisions } from './lintProvisions';
import { RuleEngine } from './RuleEngine';
import type { ProvisionText } from './types';

const rules = compileRules(builtinRulePacks);
const bill = (): ProvisionText[] => [
  { pid: 'a', text: '内閣総理大臣は、電気通信事業者に対し、通信の複製を送信させることができる。' },
  { pid: 'b', text: 'この法律は、公布の日から施行する。' },
  { pid: 'c', text: '警察は、攻撃者のサーバに侵入し、無害化することができる。' },
  { pid: 'd', text: '委員会の会議は、委員長が招集する。' },
];

describe('RuleEngine', () => {
  it('[R-RULES-INCR] re-analyses only the provisions whose text changed', () => {
    const engine = new RuleEngine(rules);
    const provisions = bill();
    engine.lint(provisions, 'ja');
    expect(engine.stats.lastRecomputed).toBe(4);

    engine.lint(provisions, 'ja');
    expect(engine.stats).toMatchObject({ lastRecomputed: 0, lastReused: 4, runs: 2 });

    const edited = provisions.map((p) =>
      p.pid === 'b' ? { ...p, text: p.text + 'ただし、附則を除く。' } : p,
    );
    const findings = engine.lint(edited, 'ja');
    expect(engine.stats).toMatchObject({ lastRecomputed: 1, lastReused: 3, recomputed: 5 });
    expect(findings).toEqual(lintProvisions(edited, rules, 'ja'));
  });

  it('[R-RULES-INCR] an edit that adds a safeguard updates the bill-level finding without re-analysing the power', () => {
    const engine = new RuleEngine(rules);
    const before = engine.lint(bill(), 'ja');
    expect(before.find((f) => f.ruleId === 'SG-003')?.status).toBe('open');
    const edited = bill().map((p) =>
      p.pid === 'd' ? { ...p, text: '委員会は、毎年、措置の実施状況を国会に報告しなければならない。' } : p,
    );
    const after = engine.lint(edited, 'ja');
    expect(engine.stats.lastRecomputed).toBe(1);
    const sg = after.find((f) => f.ruleId === 'SG-003');
    expect(sg).toMatchObject({ pid: 'a', status: 'addressed', related: ['d'] });
  });

  it('recomputes on a language change and forgets deleted provisions', () => {
    const engine = new RuleEngine(rules);
    engine.lint(bill(), 'ja');
    engine.lint(bill(), 'en');
    expect(engine.stats.lastRecomputed).toBe(4);
    engine.lint(bill().slice(0, 2), 'en');
    expect(engine.stats.lastRecomputed).toBe(0);
    engine.lint(bill(), 'en');
    expect(engine.stats.lastRecomputed).toBe(2);
  });

  it('reports findings in bill order with bill-level checks next to the provision that triggered them', () => {
    const findings = new RuleEngine(rules).lint(bill(), 'ja');
    const order = findings.map((f) => f.pid);
    expect(order).toEqual([...order].sort());
    const sg = findings.find((f) => f.ruleId === 'SG-004');
    expect(sg).toMatchObject({ pid: 'c', category: 'safeguards', status: 'open' });
    const first = findings.find((f) => f.ruleId === 'SG-003');
    expect(first?.pid).toBe('a');
    expect(first?.related).toEqual(['c']);
    expect(first?.message).toMatch(/ほかに1か所/);
  });

  it('reports offsets against the original text, not the normalised one', () => {
    const text = 'ＩＴ担当官は、　攻撃者の　ｻｰﾊﾞ　に侵入し、これを無害化することができる。';
    const findings = lintProvisions([{ pid: 'x', text }], rules, 'ja');
    const ua = findings.find((f) => f.ruleId === 'UA-004');
    expect(text.slice(ua?.start, ua?.end)).toBe('無害化');
    const intrusion = findings.find((f) => f.ruleId === 'UA-001');
    expect(text.slice(intrusion?.start, intrusion?.end)).toBe('侵入');
  });

  it('describes a rule for a findings panel', () => {
    const d = new RuleEngine(rules).describe('SG-001', 'en');
    expect(d).toMatchObject({ id: 'SG-001', category: 'safeguards', severity: 'critical' });
    expect(d?.rationale.length).toBeGreaterThan(20);
    expect(new RuleEngine(rules).describe('NOPE-001')).toBeUndefined();
  });
});
