// The incremental engine (DESIGN.md §6). It caches each provision's analysis by pid and text, so after
// an edit only the changed provisions are re-analysed; the bill-level checks are recomputed from the
// cached analyses. One engine per open bill (editor) or per run (CLI); `stats` shows the work done.
import type { BillJSON } from '../bill/types';
import { analyzeProvision, type ProvisionAnalysis } from './analyzeProvision';
import { billFindings, type AnalyzedProvision } from './billFindings';
import { billProvisions } from './billProvisions';
import { citationText, type Citation } from './citations';
import { compileRules, isRuleSet, type RuleSet } from './compileRules';
import type { RulePack } from './schema';
import type { Category, Finding, ProvisionText, RuleLang, Severity } from './types';

/** What the engine did, cumulatively and in the last run. */
export interface RuleEngineStats {
  runs: number;
  /** Provisions analysed from scratch (cache misses). */
  recomputed: number;
  /** Provisions whose cached analysis was reused. */
  reused: number;
  lastRecomputed: number;
  lastReused: number;
}

/** A rule's texts in one language, for a findings panel (rationale and each citation on its own). */
export interface RuleDescription {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  rationale: string;
  /** Each citation on its own, in the language asked for (憲法第二十一条第二項 / Constitution Art. 21(2)). */
  citations: string[];
  /** The same citations from the catalogue, to print in another language with citationText (UI language). */
  sources: readonly Citation[];
  suggestion: string;
}

interface CacheEntry extends AnalyzedProvision {
  text: string;
  lang: RuleLang;
  analysis: ProvisionAnalysis;
  seen: number;
}

/** Lints bills incrementally; keep one instance per open bill (editor) or per run (CLI). */
export class RuleEngine {
  readonly rules: RuleSet;
  readonly stats: RuleEngineStats = { runs: 0, recomputed: 0, reused: 0, lastRecomputed: 0, lastReused: 0 };
  private readonly cache = new Map<string, CacheEntry>();

  /** Compiles the packs once (or takes an already compiled RuleSet to share between engines). */
  constructor(rules: readonly RulePack[] | RuleSet) {
    this.rules = isRuleSet(rules) ? rules : compileRules(rules);
  }

  /** Findings for the bill made of `provisions` (bill order); unchanged provisions come from the cache. */
  lint(provisions: readonly ProvisionText[], lang: RuleLang = 'ja'): Finding[] {
    const run = ++this.stats.runs;
    let recomputed = 0;
    const analysed: CacheEntry[] = new Array<CacheEntry>(provisions.length);
    for (let i = 0; i < provisions.length; i++) {
      const { pid, text } = provisions[i] as ProvisionText;
      let entry = this.cache.get(pid);
      if (!entry || entry.text !== text || entry.lang !== lang) {
        entry = { pid, text, lang, analysis: analyzeProvision(this.rules, pid, text, lang), seen: run };
        this.cache.set(pid, entry);
        recomputed++;
      }
      entry.seen = run;
      analysed[i] = entry;
    }
    if (this.cache.size > provisions.length) {
      for (const [pid, e] of this.cache) if (e.seen !== run) this.cache.delete(pid);
    }
    this.stats.lastRecomputed = recomputed;
    this.stats.lastReused = provisions.length - recomputed;
    this.stats.recomputed += recomputed;
    this.stats.reused += provisions.length - recomputed;
    return this.assemble(analysed, billFindings(this.rules, analysed, lang));
  }

  /** Findings for a bill JSON document (numbers and cross-references rendered in `lang`). */
  lintBill(doc: BillJSON, lang: RuleLang = 'ja'): Finding[] {
    return this.lint(billProvisions(doc, lang), lang);
  }

  /** The texts of one rule or bill check, or undefined for an unknown id. */
  describe(ruleId: string, lang: RuleLang = 'ja'): RuleDescription | undefined {
    const r = this.rules.rules.find((c) => c.rule.id === ruleId)?.rule;
    const c = r ? undefined : this.rules.billChecks.find((b) => b.check.id === ruleId)?.check;
    const d = r ?? c;
    if (!d) return undefined;
    const category: Category = r ? r.category : 'safeguards';
    const { message, rationale, suggestion } = d;
    return {
      id: d.id,
      category,
      severity: d.severity,
      message: message[lang],
      rationale: rationale[lang],
      citations: d.citations.map((c) => citationText(c, lang)),
      sources: d.citations,
      suggestion: suggestion[lang],
    };
  }

  /** Forgets every cached analysis (e.g. when a different bill is opened). */
  clear(): void {
    this.cache.clear();
  }

  /** Provision findings in bill order, each provision's bill-level findings merged in by position. */
  private assemble(analysed: readonly AnalyzedProvision[], bill: Finding[]): Finding[] {
    const byPid = new Map<string, Finding[]>();
    for (const f of bill) byPid.set(f.pid, [...(byPid.get(f.pid) ?? []), f]);
    const out: Finding[] = [];
    for (const { pid, analysis } of analysed) {
      const extra = byPid.size ? byPid.get(pid) : undefined;
      if (!extra) {
        for (const f of analysis.findings) out.push(f);
        continue;
      }
      byPid.delete(pid);
      out.push(
        ...[...analysis.findings, ...extra].sort(
          (a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId),
        ),
      );
    }
    return out;
  }
}
