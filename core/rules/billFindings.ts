// Bill-level safeguard checks (category `safeguards`): a power granted somewhere, and the safeguard it
// needs nowhere in the bill. Computed from the cached per-provision analyses (which already know the
// checks each provision triggers and satisfies), so a keystroke costs one light pass.
import type { ProvisionAnalysis, PowerHit } from './analyzeProvision';
import type { RuleSet } from './compileRules';
import type { Finding, RuleLang } from './types';

/** A provision's pid with its analysis, in bill order. */
export interface AnalyzedProvision {
  pid: string;
  analysis: ProvisionAnalysis;
}

const alsoGrantedBy = (n: number, lang: RuleLang) =>
  n === 0
    ? ''
    : lang === 'ja'
      ? `（同様の権限を定める規定がほかに${n}か所あります。）`
      : ` (${n} other provision${n > 1 ? 's' : ''} grant the same power.)`;

/** Findings of every bill check of `set` over the analysed provisions of one bill. */
export function billFindings(
  set: RuleSet,
  provisions: readonly AnalyzedProvision[],
  lang: RuleLang,
): Finding[] {
  const n = set.billChecks.length;
  if (n === 0) return [];
  const first: (PowerHit | undefined)[] = new Array<PowerHit | undefined>(n);
  const firstPid: string[] = new Array<string>(n);
  const triggering: string[][] = Array.from({ length: n }, () => []);
  const satisfying: string[][] = Array.from({ length: n }, () => []);
  for (const { pid, analysis } of provisions) {
    for (const p of analysis.powers) {
      if (first[p.check]) triggering[p.check]?.push(pid);
      else {
        first[p.check] = p;
        firstPid[p.check] = pid;
      }
    }
    for (const c of analysis.satisfies) satisfying[c]?.push(pid);
  }
  const findings: Finding[] = [];
  set.billChecks.forEach(({ check, citation }, i) => {
    const hit = first[i];
    const pid = firstPid[i];
    if (!hit || pid === undefined) return;
    const open = !satisfying[i]?.length;
    const related = (open ? triggering[i] : satisfying[i]) ?? [];
    findings.push({
      pid,
      start: hit.start,
      end: hit.end,
      ruleId: check.id,
      category: 'safeguards',
      severity: check.severity,
      message: check.message[lang] + (open ? alsoGrantedBy(related.length, lang) : ''),
      citation: citation[lang],
      suggestion: check.suggestion[lang],
      status: open ? 'open' : 'addressed',
      ...(related.length ? { related } : {}),
    });
  });
  return findings;
}
