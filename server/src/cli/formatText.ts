// Human-readable lint output: one finding per line, then a summary.
import type { ReportRow } from '../../../core/rules/reportRow';
import type { LintResult } from './runLint';

const where = (r: ReportRow) =>
  r.line !== null ? `${r.file}:${r.line}:${r.start + 1}` : `${r.file}#${r.pid}:${r.start + 1}`;

/** `file:line:col  severity  RULE-ID  message  [citation]` per finding, and a count by severity. */
export function formatText(result: LintResult): string {
  const lines = result.rows.map(
    (r) => `${where(r)}  ${r.severity.padEnd(8)} ${r.ruleId.padEnd(7)} ${r.message}  [${r.citation}]`,
  );
  const count = (s: string) => result.rows.filter((r) => r.severity === s).length;
  const total = result.rows.length;
  lines.push(
    `${total} finding${total === 1 ? '' : 's'} (${count('critical')} critical, ${count('warning')} warning, ${count('info')} info)` +
      (result.addressed ? `; ${result.addressed} addressed by safeguards in the text` : ''),
  );
  return lines.join('\n') + '\n';
}
