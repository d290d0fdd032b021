// Everything the rules say about ONE provision: its findings, the safeguards it contains and the powers
// it grants (inputs to the bill-level checks). Depends only on the provision's text, so it can be cached.
import type { RuleSet } from './compileRules';
import type { PatternHits } from './Lexicon';
import { matchTrigger, spansOf } from './matchTrigger';
import { normalizeText, originalRange } from './normalizeText';
import { severities, severityRank, type Finding, type RuleLang, type Severity } from './types';

/** A bill check (by index in the RuleSet) whose power this provision grants, with the anchor's original range. */
export interface PowerHit {
  check: number;
  start: number;
  end: number;
}

/** The cached unit of the incremental engine. */
export interface ProvisionAnalysis {
  findings: Finding[];
  safeguards: ReadonlySet<string>;
  powers: PowerHit[];
  /** Indices of the bill checks whose required safeguard this provision supplies. */
  satisfies: number[];
}

const empty: ProvisionAnalysis = Object.freeze({
  findings: [],
  safeguards: new Set<string>(),
  powers: [],
  satisfies: [],
});

/** `steps` severities below `s`, never below info. */
const lower = (s: Severity, steps: number): Severity =>
  severities[Math.max(0, severityRank(s) - steps)] ?? 'info';

/** Distinct safeguards of a rule (mitigations and decisive ones) present in the provision. */
function mitigations(
  mitigatedBy: readonly string[] | undefined,
  addressedBy: readonly string[] | undefined,
  present: ReadonlySet<string>,
): number {
  let n = 0;
  for (const id of mitigatedBy ?? []) if (present.has(id)) n++;
  for (const id of addressedBy ?? []) if (present.has(id) && !mitigatedBy?.includes(id)) n++;
  return n;
}

/** Indices of the items some hit pattern can trigger, ascending. */
function candidates(index: Map<number, number[]>, hits: PatternHits): number[] {
  const found = new Set<number>();
  for (const p of hits.keys()) for (const i of index.get(p) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}

/** Removes findings whose rule yields to a more specific rule that fired on the same provision. */
function dropRedundant(set: RuleSet, findings: Finding[]): void {
  const fired = new Set(findings.map((f) => f.ruleId));
  for (let i = findings.length - 1; i >= 0; i--) {
    const unless = set.unless.get(findings[i]?.ruleId ?? '');
    if (unless?.some((id) => fired.has(id))) findings.splice(i, 1);
  }
}

/** Runs every provision-level rule, safeguard and bill-check trigger of `set` over one provision. */
export function analyzeProvision(set: RuleSet, pid: string, text: string, lang: RuleLang): ProvisionAnalysis {
  const norm = normalizeText(text);
  const hits = set.lexicon.scan(norm.text);
  if (hits.size === 0) return empty;
  const safeguards = new Set<string>();
  const findings: Finding[] = [];
  const powers: PowerHit[] = [];

  for (const i of candidates(set.candidates.safeguards, hits)) {
    const sg = set.safeguards[i];
    if (sg && matchTrigger(sg.trigger, hits, spansOf(sg.exclude, hits))) safeguards.add(sg.id);
  }
  for (const i of candidates(set.candidates.rules, hits)) {
    const compiled = set.rules[i];
    if (!compiled) continue;
    const { rule, trigger, escalate, exclude, citation } = compiled;
    const excluded = spansOf(exclude, hits);
    const span = matchTrigger(trigger, hits, excluded);
    if (!span) continue;
    let severity = rule.severity;
    for (const e of escalate) {
      if (severityRank(e.to) > severityRank(severity) && matchTrigger(e.when, hits, excluded))
        severity = e.to;
    }
    const decisive = (rule.addressedBy ?? []).some((id) => safeguards.has(id));
    const present = mitigations(rule.mitigatedBy, rule.addressedBy, safeguards);
    findings.push({
      pid,
      ...originalRange(norm, span.start, span.end),
      ruleId: rule.id,
      category: rule.category,
      severity: lower(severity, present),
      message: rule.message[lang],
      citation: citation[lang],
      suggestion: rule.suggestion[lang],
      status: decisive || (present > 0 && present >= (rule.addressedWhen ?? 2)) ? 'addressed' : 'open',
    });
  }
  dropRedundant(set, findings);
  findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));

  const byPattern = new Set(candidates(set.candidates.billChecks, hits));
  set.billChecks.forEach(({ whenRules, when, exclude }, check) => {
    const byRule = findings.find((f) => whenRules.has(f.ruleId));
    const span =
      byRule || !when || !byPattern.has(check) ? null : matchTrigger(when, hits, spansOf(exclude, hits));
    if (byRule) powers.push({ check, start: byRule.start, end: byRule.end });
    else if (span) powers.push({ check, ...originalRange(norm, span.start, span.end) });
  });
  const satisfies: number[] = [];
  set.billChecks.forEach(({ check }, i) => {
    if (safeguards.size && check.requires.some((s) => safeguards.has(s))) satisfies.push(i);
  });
  return { findings, safeguards, powers, satisfies };
}
