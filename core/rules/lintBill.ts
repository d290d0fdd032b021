// One-shot linting of a bill JSON document.
import type { BillJSON } from '../bill/types';
import { RuleEngine } from './RuleEngine';
import type { RuleSet } from './compileRules';
import type { RulePack } from './schema';
import type { Finding, RuleLang } from './types';

/** Findings for a bill JSON document in `lang`. Pass a RuleSet to skip compiling. */
export function lintBill(doc: BillJSON, lang: RuleLang, packs: readonly RulePack[] | RuleSet): Finding[] {
  return new RuleEngine(packs).lintBill(doc, lang);
}
