// Public surface of the rule engine (DESIGN.md §6).
export * from './types';
export * from './schema';
export { loadRulePacks, RulePackError } from './loadRulePacks';
export { builtinRulePacks, builtinCitations } from './builtinRulePacks';
export {
  loadCitationCatalogue,
  CitationCatalogueError,
  citationText,
  joinCitations,
  type Citation,
  type CitationCatalogue,
  type Law,
} from './citations';
export { compileRules, type RuleSet } from './compileRules';
export { RuleEngine, type RuleEngineStats, type RuleDescription } from './RuleEngine';
export { lintProvisions } from './lintProvisions';
export { lintBill } from './lintBill';
export { billProvisions } from './billProvisions';
export { textProvisions, type TextProvision } from './textProvisions';
export { detectLang } from './detectLang';
export { reportRow, type ReportRow, type ReportSource } from './reportRow';
export { normalizeText, type NormalizedText } from './normalizeText';
