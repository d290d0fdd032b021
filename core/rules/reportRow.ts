// The reported shape of a finding, shared by the CLI's JSON and the HTTP API (CONTRACT.md).
import type { Category, Finding, Severity } from './types';

/** One finding as the CLI and the API print it. */
export interface ReportRow {
  file: string | null;
  /** 1-based line for text input; null for bill JSON (which gives pid). */
  line: number | null;
  pid: string | null;
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  citation: string;
  suggestion: string;
}

/** Where the linted provisions came from: a bill (real pids) or text lines (line per synthetic pid). */
export type ReportSource =
  | { file: string | null; kind: 'bill' }
  | { file: string | null; kind: 'text'; lines: ReadonlyMap<string, number> };

/** The contract shape of one finding, with exactly the keys CONTRACT.md lists, in that order. */
export function reportRow(f: Finding, source: ReportSource): ReportRow {
  const text = source.kind === 'text';
  return {
    file: source.file,
    line: text ? (source.lines.get(f.pid) ?? null) : null,
    pid: text ? null : f.pid,
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    message: f.message,
    citation: f.citation,
    suggestion: f.suggestion,
  };
}
