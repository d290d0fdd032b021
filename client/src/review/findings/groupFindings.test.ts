import { describe, expect, it } from 'vitest';
import type { Category, Severity } from '../../../../core/rules';
import type { ListedFinding } from '../../editor/findings/findingsState';
import { groupFindings } from './groupFindings';

const f = (pid: string, ruleId: string, category: Category, severity: Severity, status: 'open' | 'addressed' = 'open'): ListedFinding => ({
  key: `${pid}:${ruleId}`,
  pid,
  ruleId,
  category,
  severity,
  status,
  quote: '',
  message: '',
  citation: '',
  suggestion: '',
});

const listed = [
  f('a', 'UA-008', 'unauthorized-access', 'warning'),
  f('a', 'ED-001', 'exclusive-defense', 'critical'),
  f('b', 'UA-004', 'unauthorized-access', 'critical'),
  f('b', 'SG-004', 'safeguards', 'critical'),
  f('c', 'A21-001', 'article21', 'info', 'addressed'),
];
const all = { categories: new Set<Category>(), severities: new Set<Severity>(), showAddressed: false };
const shape = (r: ReturnType<typeof groupFindings>) =>
  r.categories.map((c) => [c.category, c.count, c.groups.map((g) => [g.severity, g.findings.map((x) => x.ruleId)])]);

describe('groupFindings', () => {
  it('groups open findings by category (bill-level last), critical first, and counts everything', () => {
    const r = groupFindings(listed, all);
    expect(shape(r)).toEqual([
      ['unauthorized-access', 2, [['critical', ['UA-004']], ['warning', ['UA-008']]]],
      ['exclusive-defense', 1, [['critical', ['ED-001']]]],
      ['safeguards', 1, [['critical', ['SG-004']]]],
    ]);
    expect(r.counts).toMatchObject({ open: 4, addressed: 1, bySeverity: { critical: 3, warning: 1, info: 0 } });
    expect(r.counts.byCategory).toEqual({ article21: 0, 'unauthorized-access': 2, 'exclusive-defense': 1, safeguards: 1 });
    expect(r.addressed).toEqual([]);
    expect(r.shown).toBe(4);
  });

  it('filters by category and severity; addressed ones only on request', () => {
    const r = groupFindings(listed, { categories: new Set(['unauthorized-access', 'article21']), severities: new Set(['critical', 'info']), showAddressed: true });
    expect(shape(r)).toEqual([['unauthorized-access', 1, [['critical', ['UA-004']]]]]);
    expect(r.addressed.map((x) => x.ruleId)).toEqual(['A21-001']);
    expect(r.counts.open).toBe(4);
    expect(r.shown).toBe(2);
  });
});
