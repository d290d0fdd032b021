// Table-driven tests per rule id and language (tests/fixtures/rules/ruleCases.json): each rule fires on its trigger,
// stays quiet on a near miss, and is lowered or marked addressed when its safeguards are present.
import { describe, expect, it } from 'vitest';
import table from '../../../tests/fixtures/rules/ruleCases.json';
import { builtinRulePacks } from '../builtinRulePacks';
import { citationText } from '../citations';
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
  it('every rule and bill check has one row in Japanese and one in English', () => {
    for (const lang of ['ja', 'en'])
      expect(
        table.cases
          .filter((c) => c.lang === lang)
          .map((c) => c.ruleId)
          .sort(),
        lang,
      ).toEqual([...allIds].sort());
  });

  for (const row of table.cases) {
    const lang = row.lang as RuleLang;
    const base = new RuleEngine(rules).describe(row.ruleId, lang);

    it(`[${row.ruleId}] ${lang}: fires on its trigger, open, at its own severity, on a range of the original text`, () => {
      const f = lint(row.trigger, lang).find((x) => x.ruleId === row.ruleId);
      expect(f, row.trigger.join(' / ')).toBeDefined();
      expect(f?.status).toBe('open');
      expect(severityRank(f?.severity ?? 'info')).toBeGreaterThanOrEqual(
        severityRank(base?.severity ?? 'info'),
      );
      const text = row.trigger[Number(f?.pid.slice(1)) - 1] ?? '';
      expect(f && f.end > f.start && f.end <= text.length).toBe(true);
      expect(f?.message).toBe(base?.message.slice(0, f?.message.length));
      // Citations in the bill's language: every one of the rule's, kanji-numeral articles in Japanese.
      if (lang === 'en') expect(f?.citation).toBe(base?.citations.join('; '));
      else {
        expect(f?.citation).toMatch(/^[^A-Za-z]+$/);
        for (const c of base?.sources ?? []) expect(f?.citation).toContain(c.ja);
      }
      expect(f?.suggestion).toBe(base?.suggestion);
    });

    it(`[${row.ruleId}] ${lang}: stays quiet on a near miss`, () => {
      expect(lint(row.nearMiss, lang).filter((x) => x.ruleId === row.ruleId)).toEqual([]);
    });

    const mitigated = row.mitigated;
    if (mitigated) {
      it(`[${row.ruleId}] ${lang}: is lowered or addressed when its safeguards are present`, () => {
        const f = lint(mitigated, lang).find((x) => x.ruleId === row.ruleId);
        expect(f, mitigated.join(' / ')).toBeDefined();
        const lowered = severityRank(f?.severity ?? 'critical') < severityRank(base?.severity ?? 'info');
        expect(f?.status === 'addressed' || lowered).toBe(true);
      });
    } else {
      it(`[${row.ruleId}] ${lang}: has no mitigating safeguards by design`, () => {
        expect(rules.rules.find((r) => r.rule.id === row.ruleId)?.rule.mitigatedBy ?? []).toEqual([]);
      });
    }
  }
});

describe('suggestions and decisive safeguards', () => {
  for (const { rule } of rules.rules) {
    for (const lang of ['ja', 'en'] as const) {
      it(`[${rule.id}] ${lang}: its own suggested clause is recognised as the safeguard it is`, () => {
        const own = lint([rule.suggestion[lang]], lang).find((f) => f.ruleId === rule.id);
        const answered =
          !own ||
          own.status === 'addressed' ||
          severityRank(own.severity) < severityRank(rule.severity) ||
          (rule.severity === 'info' && !(rule.mitigatedBy ?? []).length) ||
          (rule.severity === 'info' && own.severity === 'info');
        expect(answered, `${own?.status}/${own?.severity}: ${rule.suggestion[lang]}`).toBe(true);
      });
    }
  }

  it('[ED-002] a clause that rules out the use of force addresses the finding on its own', () => {
    for (const [lang, text] of [
      ['ja', '危害防止措置等は、武力の行使に該当するものであってはならない。'],
      ['en', 'Measures under this Act must not amount to the use of force.'],
    ] as const) {
      const f = lint([text], lang).find((x) => x.ruleId === 'ED-002');
      expect(f?.status, text).toBe('addressed');
    }
    // Without that clause the same words stay open.
    expect(
      lint(['The Government may respond to an armed attack with the use of force.'], 'en').find(
        (x) => x.ruleId === 'ED-002',
      )?.status,
    ).toBe('open');
  });

  it('[A21-006] a clause affirming the secrecy of communications addresses the finding on its own', () => {
    const f = lint(['委員会は、通信の秘密その他の国民の権利利益を保護することを任務とする。'], 'ja').find(
      (x) => x.ruleId === 'A21-006',
    );
    expect(f?.status).toBe('addressed');
    const derogation = lint(['通信の秘密に関する電気通信事業法第四条の規定は、適用しない。'], 'ja').find(
      (x) => x.ruleId === 'A21-006',
    );
    expect(derogation?.status).toBe('open');
  });
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

  it('citations follow the language asked for: 同法 for the same statute again, English as before', () => {
    const text = ['警察は、電気通信事業者から通信情報を収集することができる。'];
    expect(lint(text, 'ja').find((f) => f.ruleId === 'A21-001')?.citation).toBe(
      '憲法第二十一条第二項、電気通信事業法第四条、同法第百七十九条',
    );
    expect(lint(text, 'en').find((f) => f.ruleId === 'A21-001')?.citation).toBe(
      'Constitution Art. 21(2); Telecommunications Business Act Art. 4; Telecommunications Business Act Art. 179',
    );
    const ua = lint(
      ['当該職員は、他人の識別符号を入力して電子計算機に侵入し、プログラムを消去することができる。'],
      'ja',
    );
    expect(ua.find((f) => f.ruleId === 'UA-004')?.citation).toBe(
      '不正アクセス行為の禁止等に関する法律（不正アクセス禁止法）第三条、刑法第二百三十四条の二、同法第百六十八条の二、同法第三十五条',
    );
  });

  it('bill checks (safeguards pack) cite in the bill’s language too', () => {
    const text = ['警察は、電気通信事業者から通信情報を収集することができる。'];
    const sg = lint(text, 'ja').find((f) => f.ruleId === 'SG-001');
    expect(sg?.citation).toBe('憲法第二十一条第二項、憲法第三十五条');
    expect(lint(text, 'en').find((f) => f.ruleId === 'SG-001')?.citation).toBe(
      'Constitution Art. 21(2); Constitution Art. 35',
    );
  });

  it('describe lists each citation on its own, and its sources print in another language', () => {
    const engine = new RuleEngine(rules);
    expect(engine.describe('ED-001', 'ja')?.citations).toEqual([
      '憲法第九条',
      '国際連合憲章第二条４',
      'タリン・マニュアル2.0 規則4（主権）',
      'タリン・マニュアル2.0 規則20～26（対抗措置・緊急避難）',
    ]);
    // An English bill read with a Japanese interface: the card prints the sources in Japanese.
    const en = engine.describe('UA-001', 'en');
    expect(en?.citations[0]).toBe('Unauthorized Computer Access Act Arts. 2(4), 3');
    expect(en?.sources.map((c) => citationText(c, 'ja'))).toEqual([
      '不正アクセス行為の禁止等に関する法律（不正アクセス禁止法）第二条第四項及び第三条',
      '不正アクセス行為の禁止等に関する法律（不正アクセス禁止法）第十一条',
      '刑法第三十五条',
    ]);
  });

  it('messages follow the language asked for', () => {
    const text = ['The Agency may collect communications metadata from carriers.'];
    expect(lint(text, 'ja').find((f) => f.ruleId === 'A21-001')?.message).toMatch(/[ぁ-ん]/);
    expect(lint(text, 'en').find((f) => f.ruleId === 'A21-001')?.message).toMatch(/^This provision/);
  });
});
