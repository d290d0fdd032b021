// `billwright lint`: lints each file as one bill and decides the exit code from --fail-on.
import { compileRules } from '../../../core/rules/compileRules';
import { builtinRulePacks } from '../../../core/rules/builtinRulePacks';
import { reportRow, type ReportRow } from '../../../core/rules/reportRow';
import { RuleEngine } from '../../../core/rules/RuleEngine';
import { severityRank } from '../../../core/rules/types';
import type { LintOptions } from './parseLintArgs';
import { readLintInput } from './readLintInput';

export interface LintResult {
  /** Open findings in contract shape, file by file in bill order. */
  rows: ReportRow[];
  /** Findings whose safeguards are present (not reported as problems). */
  addressed: number;
  /** 1 when an open finding reaches --fail-on, else 0. */
  exitCode: 0 | 1;
}

/** Reads every file first (so bad input fails before any output), then lints each as its own bill. */
export function runLint(options: LintOptions): LintResult {
  const inputs = options.files.map((f) => readLintInput(f, options.lang));
  const rules = compileRules(builtinRulePacks);
  const rows: ReportRow[] = [];
  let addressed = 0;
  for (const input of inputs) {
    for (const f of new RuleEngine(rules).lint(input.provisions, input.lang)) {
      if (f.status === 'addressed') addressed++;
      else rows.push(reportRow(f, input.source));
    }
  }
  const threshold = severityRank(options.failOn);
  const failing = rows.some((r) => severityRank(r.severity) >= threshold);
  return { rows, addressed, exitCode: failing ? 1 : 0 };
}
