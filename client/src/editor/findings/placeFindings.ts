// Puts the engine's findings on the document: each {pid, start, end} becomes a [from, to) range.
import type { Finding } from '../../../../core/rules';
import { offsetToPos, type CiteOf, type ProvisionLine } from './provisionLines';

/** A finding with a stable key and its range in the current document. */
export interface PlacedFinding extends Finding {
  /** `pid:ruleId`: a rule reports at most once per provision, so the key survives edits around it. */
  key: string;
  from: number;
  to: number;
}

/** The key of a finding: stable while the rule keeps firing on that provision. */
export const findingKey = (f: Pick<Finding, 'pid' | 'ruleId'>): string => `${f.pid}:${f.ruleId}`;

/** True for findings drawn in the text (per-provision rules); bill-level checks live in the panel only. */
export const isInline = (f: Pick<Finding, 'category'>): boolean => f.category !== 'safeguards';

/** One finding on its provision line. */
export function placeFinding(f: Finding, line: ProvisionLine, citeOf: CiteOf): PlacedFinding {
  const from = offsetToPos(line, f.start, 'start', citeOf);
  const to = Math.max(from, offsetToPos(line, f.end, 'end', citeOf));
  return { ...f, key: findingKey(f), from, to };
}

/** Maps every finding whose provision line is known to its document range (bill order kept). */
export function placeFindings(
  findings: readonly Finding[],
  lines: ReadonlyMap<string, ProvisionLine>,
  citeOf: CiteOf,
): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  for (const f of findings) {
    const line = lines.get(f.pid);
    if (line) out.push(placeFinding(f, line, citeOf));
  }
  return out;
}
