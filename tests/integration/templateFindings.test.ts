// [R-RULES-TPL] The legal-risk engine over every shipped template (templates/*.json), in Japanese and
// English: each template produces the findings a reviewer would expect on its powers, recognises its own
// safeguards (the findings on its safeguard provisions stay quiet, the bill-level checks are addressed by
// the provisions that carry them), and the bare skeleton raises the checks whose safeguards it lacks once
// a power is written into it. Expectations are keyed by the templates' local ids, which both languages
// share; failures name provisions by their article numbers.
import { describe, expect, it } from 'vitest';
import { deriveNumbers, jsonAdapter } from '../../core/bill/numbering';
import type { BillJSON, BillLang } from '../../core/bill/types';
import { billProvisions } from '../../core/rules/billProvisions';
import { builtinRulePacks } from '../../core/rules/builtinRulePacks';
import { compileRules } from '../../core/rules/compileRules';
import { RuleEngine } from '../../core/rules/RuleEngine';
import { severityRank, type Category, type Finding } from '../../core/rules/types';
import { loadTemplates } from '../../server/src/templates/loadTemplates';

const catalog = loadTemplates('templates');
const rules = compileRules(builtinRulePacks);
const baseSeverity = new Map(rules.rules.map((r) => [r.rule.id, severityRank(r.rule.severity)]));

/** One template linted, with the maps a failure message needs. */
interface Linted {
  id: string;
  lang: BillLang;
  findings: Finding[];
  /** "第八条第一項" / "Article 8, paragraph (1)" for a pid. */
  cite: (pid: string) => string;
  /** Pids of the provisions inside the article (chapter, section) with this template-local id. */
  within: (localId: string) => Set<string>;
  /** The template-local id of the innermost article, section or chapter holding the provision. */
  articleOf: (pid: string) => string;
  /** The finding as a reviewer reads it: where, which rule, status and severity, and the words. */
  show: (f: Finding) => string;
}

function lint(id: string, edit?: (json: BillJSON, pids: Record<string, string>) => void): Linted {
  const summary = catalog.list().find((t) => t.id === id);
  if (!summary) throw new Error(`no template ${id}`);
  const lang = summary.lang as BillLang;
  const made = catalog.instantiate(id, summary.billTitle);
  if (!made) throw new Error(`cannot instantiate ${id}`);
  edit?.(made.json, made.pids);
  const numbers = deriveNumbers(made.json, jsonAdapter, lang);
  const texts = new Map(billProvisions(made.json, lang).map((p) => [p.pid, p.text]));
  const local = new Map(Object.entries(made.pids).map(([k, v]) => [v, k]));
  const inside = new Map<string, Set<string>>();
  const container = new Map<string, string>();
  const walk = (node: BillJSON, open: Set<string>[], holder: string) => {
    const pid = typeof node.attrs?.pid === 'string' ? node.attrs.pid : undefined;
    const scopes = [...open];
    let here = holder;
    if (pid && ['article', 'chapter', 'section'].includes(node.type)) {
      const own = new Set<string>();
      inside.set(pid, own);
      scopes.push(own);
      here = local.get(pid) ?? holder;
    }
    if (pid) {
      for (const s of scopes) s.add(pid);
      container.set(pid, here);
    }
    for (const child of node.content ?? []) walk(child, scopes, here);
  };
  walk(made.json, [], '');
  const cite = (pid: string) => numbers.get(pid)?.cite ?? pid;
  return {
    id,
    lang,
    findings: new RuleEngine(rules).lintBill(made.json, lang),
    cite,
    articleOf: (pid) => container.get(pid) ?? '',
    within: (localId) => {
      const pid = made.pids[localId];
      if (!pid) throw new Error(`${id} has no provision "${localId}"`);
      return inside.get(pid) ?? new Set([pid]);
    },
    show: (f) =>
      `${cite(f.pid)} ${f.ruleId} ${f.status}/${f.severity} «${(texts.get(f.pid) ?? '').slice(f.start, f.end)}»`,
  };
}

/** A finding the safeguards have answered: addressed, or lowered below its rule's own severity. */
const mitigated = (f: Finding) =>
  f.status === 'addressed' || severityRank(f.severity) < (baseSeverity.get(f.ruleId) ?? 0);
/** An open finding a reviewer has to act on (info findings are notes, not alarms). */
const alarming = (f: Finding) => f.status === 'open' && severityRank(f.severity) >= severityRank('warning');

/** What a reviewer expects of one family, by template-local ids (shared by the ja and en files). */
interface Expectations {
  /** Article → the rules (any of them) that must fire there, per category. */
  fires: { at: string; category: Category; rules: string[] }[];
  /** Provision (a paragraph id, or an article) → every finding of the category there is mitigated. */
  mitigatedAt: { at: string; category: Category; rules?: string[] }[];
  /** Safeguard provisions: no open warning or critical finding of any kind inside. */
  quiet: string[];
  /** Bill-level checks that fire, addressed, each naming among `related` a provision inside `by`. */
  addressed: { check: string; by: string[] }[];
  /** Bill-level checks that must not fire at all (the template grants no such power). */
  absent: string[];
  /** Categories that must not fire anywhere in the bill. */
  noCategory: Category[];
}

const measure1: Expectations = {
  fires: [{ at: 'a-safeguards', category: 'article21', rules: ['A21-006'] }],
  mitigatedAt: [{ at: 'a-safeguards', category: 'article21' }],
  quiet: ['a-safeguards', 'a-report', 'a-provide', 'a-info-handling', 'a-council-secrecy', 'a-s-review'],
  addressed: [],
  absent: ['SG-001', 'SG-002', 'SG-003', 'SG-004', 'SG-005', 'SG-006', 'SG-007', 'SG-009'],
  noCategory: ['unauthorized-access', 'exclusive-defense'],
};

const measure2: Expectations = {
  fires: [
    { at: 'a-agreement', category: 'article21', rules: ['A21-001', 'A21-003'] },
    { at: 'a-ff-measure', category: 'article21', rules: ['A21-001', 'A21-003'] },
    { at: 'a-fd-measure', category: 'article21', rules: ['A21-001', 'A21-003'] },
    { at: 'a-df-measure', category: 'article21', rules: ['A21-001', 'A21-003'] },
    { at: 'a-purpose-limit', category: 'article21', rules: ['A21-004'] },
    { at: 'a-safeguards', category: 'article21', rules: ['A21-006'] },
  ],
  mitigatedAt: [
    // The transmission measures carry the Commission's approval and the subsidiarity test in the same sentence.
    { at: 'p-ff-1', category: 'article21', rules: ['A21-001', 'A21-003'] },
    { at: 'p-fd-1', category: 'article21', rules: ['A21-001', 'A21-003'] },
    { at: 'p-df-1', category: 'article21', rules: ['A21-001', 'A21-003'] },
    { at: 'a-auto-select', category: 'article21' },
    { at: 'p-ret-1', category: 'article21' },
    { at: 'p-use-1', category: 'article21' },
    { at: 'a-safeguards', category: 'article21', rules: ['A21-006'] },
  ],
  quiet: [
    'a-safeguards',
    'a-domestic-excluded',
    'a-auto-select',
    'a-retention',
    'p-use-1',
    'a-security',
    'a-handler-secrecy',
    'a-comm-mission',
    'a-comm-independence',
    'a-comm-inspection',
    'a-comm-recommendation',
    'a-comm-diet',
    'a-s-review',
  ],
  addressed: [
    { check: 'SG-001', by: ['p-agreement-3', 'p-ff-1', 'p-fd-1', 'p-df-1'] },
    { check: 'SG-002', by: ['a-retention'] },
    { check: 'SG-006', by: ['a-auto-select'] },
    { check: 'SG-008', by: ['a-purpose-limit'] },
    { check: 'SG-009', by: ['a-comm-inspection'] },
    { check: 'SG-003', by: ['a-comm-diet'] },
    { check: 'SG-007', by: ['a-s-review'] },
  ],
  absent: [],
  noCategory: [],
};

const measure3: Expectations = {
  fires: [
    { at: 'd-harm-prevention', category: 'unauthorized-access', rules: ['UA-001'] },
    { at: 'd-harm-prevention', category: 'unauthorized-access', rules: ['UA-004'] },
    { at: 'a-measure-conditions', category: 'unauthorized-access', rules: ['UA-004'] },
    { at: 'a-m3-relation', category: 'unauthorized-access', rules: ['UA-002'] },
    { at: 'a-abroad-officers', category: 'exclusive-defense', rules: ['ED-001'] },
    { at: 'a-sdf-order', category: 'exclusive-defense', rules: ['ED-004'] },
    { at: 'a-sdf-order', category: 'exclusive-defense', rules: ['ED-001'] },
    { at: 'a-sdf-command', category: 'exclusive-defense', rules: ['ED-004'] },
    { at: 'a-m3-principles', category: 'exclusive-defense', rules: ['ED-002'] },
    { at: 'a-m3-principles', category: 'exclusive-defense', rules: ['ED-008'] },
    { at: 'a-sdf-limits', category: 'exclusive-defense', rules: ['ED-002'] },
  ],
  mitigatedAt: [
    // Access and neutralization only where serious harm is likely and urgent (Art. 7(1)).
    { at: 'p-measure-1', category: 'unauthorized-access', rules: ['UA-004'] },
    // "must not amount to the use of force" and "not construed as expanding defense operations".
    { at: 'a-m3-principles', category: 'exclusive-defense', rules: ['ED-002'] },
    { at: 'p-sdf-1', category: 'exclusive-defense' },
    { at: 'a-comm-inspection', category: 'unauthorized-access' },
  ],
  quiet: [
    'a-m3-principles',
    // The approval clause itself (its items, which name the computer and the act, mention the measure).
    'p-approval-1',
    'a-measure-emergency',
    'a-measure-notify-admin',
    'a-measure-compensation',
    'a-abroad-consult',
    'a-abroad-notice',
    'a-comm-mission',
    'a-comm-inspection',
    'a-comm-recommendation',
    'a-comm-diet',
    'a-s-review',
  ],
  addressed: [
    { check: 'SG-004', by: ['a-m3-principles', 'a-measure-conditions'] },
    { check: 'SG-005', by: ['a-abroad-consult'] },
    { check: 'SG-009', by: ['a-comm-inspection'] },
    { check: 'SG-003', by: ['a-comm-diet'] },
    { check: 'SG-007', by: ['a-s-review'] },
  ],
  absent: ['SG-001', 'SG-002', 'SG-006'],
  noCategory: [],
};

const omnibus: Expectations = {
  fires: [...measure1.fires, ...measure2.fires, ...measure3.fires],
  mitigatedAt: [...measure1.mitigatedAt, ...measure2.mitigatedAt, ...measure3.mitigatedAt],
  quiet: [...new Set([...measure1.quiet, ...measure2.quiet, ...measure3.quiet])],
  addressed: [
    ...measure2.addressed,
    ...measure3.addressed.filter((a) => !measure2.addressed.some((b) => b.check === a.check)),
  ],
  absent: [],
  noCategory: [],
};

const families: Record<string, Expectations> = { measure1, measure2, measure3, omnibus };

function check(t: Linted, e: Expectations): void {
  const all = t.findings.map(t.show);
  for (const { at, category, rules: ids } of e.fires) {
    const here = t.within(at);
    expect(
      t.findings.some((f) => here.has(f.pid) && f.category === category && ids.includes(f.ruleId)),
      `${t.id}: expected ${ids.join(' or ')} (${category}) in ${[...here].map(t.cite)[0]}; findings:\n${all.join('\n')}`,
    ).toBe(true);
  }
  for (const { at, category, rules: ids } of e.mitigatedAt) {
    const here = t.within(at);
    const relevant = t.findings.filter(
      (f) => here.has(f.pid) && f.category === category && (!ids || ids.includes(f.ruleId)),
    );
    expect(relevant.length, `${t.id}: no ${category} finding in ${[...here].map(t.cite)[0]}`).toBeGreaterThan(
      0,
    );
    expect(
      relevant.filter((f) => !mitigated(f)).map(t.show),
      `${t.id}: ${category} findings there should be lowered or addressed by the safeguards beside them`,
    ).toEqual([]);
  }
  for (const at of e.quiet) {
    const here = t.within(at);
    expect(
      t.findings.filter((f) => here.has(f.pid) && f.category !== 'safeguards' && alarming(f)).map(t.show),
      `${t.id}: a safeguard provision (${[...here].map(t.cite)[0]}) raises an open warning`,
    ).toEqual([]);
  }
  const checks = t.findings.filter((f) => f.category === 'safeguards');
  expect(checks.filter((f) => f.status === 'open').map(t.show), `${t.id}: bill-level checks open`).toEqual(
    [],
  );
  for (const { check: id, by } of e.addressed) {
    const f = checks.find((x) => x.ruleId === id);
    expect(f, `${t.id}: ${id} should fire (the power is there)`).toBeDefined();
    expect(f?.status).toBe('addressed');
    const suppliers = new Set(by.flatMap((at) => [...t.within(at)]));
    expect(
      (f?.related ?? []).some((pid) => suppliers.has(pid)),
      `${t.id}: ${id} should be addressed by ${by.join(', ')}; it names ${(f?.related ?? []).map(t.cite).join(', ')}`,
    ).toBe(true);
  }
  for (const id of e.absent)
    expect(
      checks.filter((f) => f.ruleId === id).map(t.show),
      `${t.id}: ${id} fires though no such power is granted`,
    ).toEqual([]);
  for (const category of e.noCategory)
    expect(
      t.findings.filter((f) => f.category === category).map(t.show),
      `${t.id}: ${category} findings`,
    ).toEqual([]);
}

describe('findings on the shipped templates [R-RULES-TPL]', () => {
  it('covers every shipped template', () => {
    expect(
      catalog
        .list()
        .map((t) => t.id)
        .sort(),
    ).toEqual([...Object.keys(families), 'empty'].flatMap((f) => [`${f}.en`, `${f}.ja`]).sort());
  });

  for (const [family, expectations] of Object.entries(families)) {
    for (const lang of ['ja', 'en'] as const) {
      it(`${family}.${lang}: expected findings, safeguards recognised, bill-level checks addressed`, () => {
        check(lint(`${family}.${lang}`), expectations);
      });
    }
    it(`${family}: Japanese and English raise the same rules, article by article`, () => {
      const key = (t: Linted) => {
        const out = new Set<string>();
        for (const f of t.findings)
          if (f.category !== 'safeguards') out.add(`${t.articleOf(f.pid)} ${f.ruleId}`);
        return out;
      };
      const [ja, en] = [lint(`${family}.ja`), lint(`${family}.en`)];
      expect([...key(ja)].sort()).toEqual([...key(en)].sort());
      const checks = (t: Linted) =>
        t.findings
          .filter((f) => f.category === 'safeguards')
          .map((f) => `${f.ruleId} ${f.status}`)
          .sort();
      expect(checks(ja)).toEqual(checks(en));
    });
  }

  it('omnibus raises every rule the three measures raise', () => {
    for (const lang of ['ja', 'en'] as const) {
      const ids = (id: string) => new Set(lint(`${id}.${lang}`).findings.map((f) => f.ruleId));
      const union = new Set(['measure1', 'measure2', 'measure3'].flatMap((m) => [...ids(m)]));
      const omni = ids('omnibus');
      expect(
        [...union].filter((r) => !omni.has(r)),
        lang,
      ).toEqual([]);
    }
  });

  describe('the empty skeleton', () => {
    /** Writes `power` into Article 4(1), the skeleton's placeholder for the substantive power. */
    const withPower = (lang: BillLang, power: string) =>
      lint(`empty.${lang}`, (json, pids) => {
        const target = pids['p-main-1'];
        const visit = (node: BillJSON): boolean => {
          if (node.attrs?.pid === target) {
            const sentence = node.content?.find((c) => c.type === 'paragraphSentence');
            if (sentence) sentence.content = [{ type: 'text', text: power }];
            return true;
          }
          return (node.content ?? []).some(visit);
        };
        if (!visit(json)) throw new Error('p-main-1 not found');
      });
    const statuses = (t: Linted) =>
      Object.fromEntries(
        t.findings.filter((f) => f.category === 'safeguards').map((f) => [f.ruleId, f.status]),
      );

    for (const lang of ['ja', 'en'] as const) {
      it(`${lang}: as shipped it grants nothing and raises nothing`, () => {
        const t = lint(`empty.${lang}`);
        expect(t.findings.map(t.show)).toEqual([]);
      });

      it(`${lang}: with a communications power, the checks for the safeguards it lacks open`, () => {
        const t = withPower(
          lang,
          lang === 'ja'
            ? '内閣総理大臣は、電気通信事業者に対し、その取り扱う通信の複製を送信させることができる。'
            : 'The Prime Minister may have telecommunications carriers send copies of the communications they handle.',
        );
        // Its approval (Art. 4(2)), Diet report (Art. 5) and review clause are recognised; retention,
        // automated selection and inspection are missing.
        expect(statuses(t)).toEqual({
          'SG-001': 'addressed',
          'SG-002': 'open',
          'SG-003': 'addressed',
          'SG-006': 'open',
          'SG-007': 'addressed',
          'SG-009': 'open',
        });
      });

      it(`${lang}: with an access power, the checks for the safeguards it lacks open`, () => {
        const t = withPower(
          lang,
          lang === 'ja'
            ? '警察官は、攻撃に用いられているサーバに侵入し、不正なプログラムを消去することができる。'
            : 'Police officers may break into servers used in attacks and delete the malicious programs on them.',
        );
        // The minimum-necessary clause (Art. 3) answers SG-004; nothing deals with computers abroad or
        // with inspection.
        expect(statuses(t)).toEqual({
          'SG-003': 'addressed',
          'SG-004': 'addressed',
          'SG-005': 'open',
          'SG-007': 'addressed',
          'SG-009': 'open',
        });
      });
    }
  });
});
