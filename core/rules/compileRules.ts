// Compiles validated packs once into a RuleSet: every pattern goes into one Lexicon and rules refer to
// patterns by index, so a provision is scanned once however many rules there are.
import { joinCitations, type Citation } from './citations';
import { Lexicon } from './Lexicon';
import type { BillCheck, Pattern, PlainPattern, Rule, RulePack, Safeguard, Trigger } from './schema';
import type { RuleLang, Severity } from './types';

/** A trigger with patterns replaced by lexicon indices. */
export interface CompiledTrigger {
  any: ReadonlySet<number>;
  with: ReadonlySet<number>[];
}

/** A provision-level rule with its patterns compiled. */
export interface CompiledRule {
  rule: Rule;
  trigger: CompiledTrigger;
  escalate: { when: CompiledTrigger; to: Severity }[];
  /** The rule's and its pack's hard negatives. */
  exclude: ReadonlySet<number>;
  /** Its citations as a finding prints them, per language (joinCitations). */
  citation: Readonly<Record<RuleLang, string>>;
}

/** A named safeguard with its patterns compiled. */
export interface CompiledSafeguard {
  id: string;
  safeguard: Safeguard;
  trigger: CompiledTrigger;
  exclude: ReadonlySet<number>;
}

/** A bill-level check with its patterns compiled. */
export interface CompiledBillCheck {
  check: BillCheck;
  whenRules: ReadonlySet<string>;
  when: CompiledTrigger | null;
  exclude: ReadonlySet<number>;
  citation: Readonly<Record<RuleLang, string>>;
}

/** Packs compiled for matching. Build it once (per pack set) and share it. */
export interface RuleSet {
  packs: readonly RulePack[];
  lexicon: Lexicon;
  rules: CompiledRule[];
  safeguards: CompiledSafeguard[];
  billChecks: CompiledBillCheck[];
  /** Rule id → the rules that make it redundant (see `unlessRules`). */
  unless: Map<string, string[]>;
  /** Pattern index → indices (into rules, safeguards, billChecks) whose `any` contains it. */
  candidates: {
    rules: Map<number, number[]>;
    safeguards: Map<number, number[]>;
    billChecks: Map<number, number[]>;
  };
}

/** Inverted index: which items a pattern can trigger, so a provision only evaluates those. */
function indexByAnyPattern(items: readonly (CompiledTrigger | null)[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  items.forEach((t, i) => {
    for (const p of t?.any ?? []) index.set(p, [...(index.get(p) ?? []), i]);
  });
  return index;
}

const citationLine = (c: readonly Citation[]) => ({ ja: joinCitations(c, 'ja'), en: joinCitations(c, 'en') });

/** True when `value` is an already compiled RuleSet rather than a list of packs. */
export function isRuleSet(value: readonly RulePack[] | RuleSet): value is RuleSet {
  return !Array.isArray(value) && 'lexicon' in value;
}

/** Compiles validated packs (see loadRulePacks) into a RuleSet. */
export function compileRules(packs: readonly RulePack[]): RuleSet {
  const lexicon = new Lexicon();
  const vocabularies = new Map(packs.flatMap((p) => Object.entries(p.vocabularies ?? {})));
  const expand = (p: Pattern): PlainPattern[] =>
    typeof p === 'object' && 'vocab' in p ? (vocabularies.get(p.vocab) ?? []) : [p];
  const all = (list: readonly Pattern[] | undefined) =>
    new Set((list ?? []).flatMap(expand).map((p) => lexicon.add(p)));
  const union = (...sets: ReadonlySet<number>[]) => new Set(sets.flatMap((x) => [...x]));
  const trigger = (t: Trigger): CompiledTrigger => ({ any: all(t.any), with: (t.with ?? []).map(all) });
  const set: RuleSet = {
    packs,
    lexicon,
    rules: [],
    safeguards: [],
    billChecks: [],
    unless: new Map(),
    candidates: { rules: new Map(), safeguards: new Map(), billChecks: new Map() },
  };
  for (const pack of packs) {
    const packExclude = all(pack.exclude);
    for (const rule of pack.rules) {
      if (rule.unlessRules?.length) set.unless.set(rule.id, rule.unlessRules);
      set.rules.push({
        rule,
        trigger: trigger(rule.trigger),
        escalate: (rule.escalate ?? []).map((e) => ({ when: { any: all(e.when), with: [] }, to: e.to })),
        exclude: union(packExclude, all(rule.exclude)),
        citation: citationLine(rule.citations),
      });
    }
    for (const [id, safeguard] of Object.entries(pack.safeguards ?? {})) {
      set.safeguards.push({
        id,
        safeguard,
        trigger: trigger(safeguard.trigger),
        exclude: all(safeguard.exclude),
      });
    }
    for (const check of pack.billChecks ?? []) {
      set.billChecks.push({
        check,
        whenRules: new Set(check.whenRules ?? []),
        when: check.when ? trigger(check.when) : null,
        exclude: union(packExclude, all(check.exclude)),
        citation: citationLine(check.citations),
      });
    }
  }
  set.candidates = {
    rules: indexByAnyPattern(set.rules.map((r) => r.trigger)),
    safeguards: indexByAnyPattern(set.safeguards.map((g) => g.trigger)),
    billChecks: indexByAnyPattern(set.billChecks.map((c) => c.when)),
  };
  return set;
}
