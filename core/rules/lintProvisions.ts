// One-shot linting of a list of provisions (a text file, an ad-hoc API call, the corpus).
import { RuleEngine } from './RuleEngine';
import type { RuleSet } from './compileRules';
import type { RulePack } from './schema';
import type { Finding, ProvisionText, RuleLang } from './types';

/** Findings, provision-level and bill-level, for provisions read as one bill. Pass a RuleSet to skip compiling. */
export function lintProvisions(
  provisions: readonly ProvisionText[],
  packs: readonly RulePack[] | RuleSet,
  lang: RuleLang = 'ja',
): Finding[] {
  return new RuleEngine(packs).lint(provisions, lang);
}
