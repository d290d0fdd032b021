// Table-driven tests per rule id (tests/fixtures/rules/ruleCases.json): each rule fires on its trigger,
// stays quiet on a near miss, and is lowered or marked addressed when its safeguards are present.
import { describe, expect, it } from 'vitest';
import table from '../../../tests/fixtures/rules/ruleCases.json';
import { builtinRulePacks } from '../builtinRulePacks';
import { compileRules } from '../compileRules';
import { RuleEngine } from '../RuleEngine';
import { severityRank, type RuleLang } from '../types';

const rules = compileRules(builtinRulePacks);
const lint = (texts: string[], lang: RuleLang) =>
  new RuleEngine(rules).lint(
    texts.map((text, i) => ({ pid: `p${i + 1}`, text })),
    lang,
  );
const allIds = [...rules.rules.map((r) => r.rule.id), ...rules.billChecks.map((c) => c.check.id)];

describe('rule packs, one row per rule', () => {
  it('every rule and bill check has a row', () => {
    expect(table.cases.map((c) => c.ruleId).sort()).toEqual([...allIds].sort());
  });

  for (const row of table.cases) {
    const lang = row.lang as RuleLang;
    const base = new RuleEngine(rules).describe(row.ruleId, lang);

    it(`[${row.ruleId}] fires on its trigger, open, at its own severity, on a range of the original text`, () => {
      const f = lint(row.trigger, lang).find((x) => x.ruleId === row.ruleId);
      expect(f, row.trigger.join(' / ')).toBeDefined();
      expect(f?.status).toBe('open');
      expect(severityRank(f?.severity ?? 'info')).toBeGreaterThanOrEqual(
        severityRank(base?.severity ?? 'info'),
      );
      const text = row.trigger[Number(f?.pid.slice(1)) - 1] ?? '';
      expect(f && f.end > f.start && f.end <= text.length).toBe(true);
      expect(f?.message).toBe(base?.message.slice(0, f?.message.length));
      expect(f?.citation.length).toBeGreaterThan(0);
      expect(f?.suggestion).toBe(base?.suggestion);
    });

    it(`[${row.ruleId}] stays quiet on a near miss`, () => {
      expect(lint(row.nearMiss, lang).filter((x) => x.ruleId === row.ruleId)).toEqual([]);
    });

    const mitigated = row.mitigated;
    if (mitigated) {
      it(`[${row.ruleId}] is lowered or addressed when its safeguards are present`, () => {
        const f = lint(mitigated, lang).find((x) => x.ruleId === row.ruleId);
        expect(f, mitigated.join(' / ')).toBeDefined();
        const lowered = severityRank(f?.severity ?? 'critical') < severityRank(base?.severity ?? 'info');
        expect(f?.status === 'addressed' || lowered).toBe(true);
      });
    } else {
      it(`[${row.ruleId}] has no mitigating safeguards by design`, () => {
        expect(rules.rules.find((r) => r.rule.id === row.ruleId)?.rule.mitigatedBy ?? []).toEqual([]);
      });
    }
  }
});

describe('co-occurrence and escalation', () => {
  it('[ED-001] abroad + neutralize is critical, neither alone fires ED-001', () => {
    const both = lint(['警察は、国外にある加害関係電子計算機を無害化することができる。'], 'ja').find(
      (f) => f.ruleId === 'ED-001',
    );
    expect(both?.severity).toBe('critical');
    expect(
      lint(['警察は、加害関係電子計算機を無害化することができる。'], 'ja').some((f) => f.ruleId === 'ED-001'),
    ).toBe(false);
    expect(lint(['外国人は、本邦に在留することができる。'], 'ja').some((f) => f.ruleId === 'ED-001')).toBe(
      false,
    );
  });

  it('[A21-001] bulk collection escalates to critical', () => {
    const f = lint(
      ['The Agency may collect communications metadata in bulk from domestic carriers.'],
      'en',
    ).find((x) => x.ruleId === 'A21-001');
    expect(f?.severity).toBe('critical');
  });

  it('[A21-006] a derogation from the secrecy of communications is critical, a mention is info', () => {
    const derogation = lint(['通信の秘密に関する電気通信事業法第四条の規定は、適用しない。'], 'ja').find(
      (x) => x.ruleId === 'A21-006',
    );
    const mention = lint(['電気通信事業者の取扱中に係る通信の秘密は、侵してはならない。'], 'ja').find(
      (x) => x.ruleId === 'A21-006',
    );
    expect(derogation?.severity).toBe('critical');
    expect(mention?.severity).toBe('info');
  });

  it('messages follow the language asked for', () => {
    const text = ['The Agency may collect communications metadata from carriers.'];
    expect(lint(text, 'ja').find((f) => f.ruleId === 'A21-001')?.message).toMatch(/[ぁ-ん]/);
    expect(lint(text, 'en').find((f) => f.ruleId === 'A21-001')?.message).toMatch(/^This provision/);
  });
});
