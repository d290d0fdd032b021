// The vocabulary of the rule engine (DESIGN.md §6): categories, severities and the Finding it reports.

/** Risk categories. `safeguards` holds the bill-level checks; the others are per provision. */
export const categories = ['article21', 'unauthorized-access', 'exclusive-defense', 'safeguards'] as const;
export type Category = (typeof categories)[number];

/** Severities, weakest first (the order matters: lowering and --fail-on compare ranks). */
export const severities = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof severities)[number];

/** Languages of messages and suggestions (the bill's language). */
export type RuleLang = 'ja' | 'en';

/** Rank of a severity: info 0, warning 1, critical 2. */
export function severityRank(s: Severity): number {
  return severities.indexOf(s);
}

/** One provision as the engine sees it: a stable id and its own text (no number label). */
export interface ProvisionText {
  pid: string;
  text: string;
}

/** A finding: a rule that fired on a range of one provision's text. */
export interface Finding {
  pid: string;
  /** UTF-16 offsets into the provision's ORIGINAL text (before normalisation). */
  start: number;
  end: number;
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  citation: string;
  suggestion: string;
  /** `addressed` when the safeguards the rule looks for are present. */
  status: 'open' | 'addressed';
  /** Other provisions involved (bill-level checks: further triggering or satisfying provisions). */
  related?: string[];
}
