// The built-in rule packs compiled once per page load: a RuleSet is read-only, so every open bill's
// engine shares it (core/rules README: compile once, one RuleEngine per bill).
import { builtinRulePacks, compileRules, type RuleSet } from '../../../../core/rules';

export const builtinRuleSet: RuleSet = compileRules(builtinRulePacks);
