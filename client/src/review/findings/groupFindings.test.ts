import { describe, expect, it } from 'vitest';
import type { Category, Severity } from '../../../../core/rules';
import type { FindingStatus, ListedFinding } from '../../editor/findings/findingsState';
import { countFindings, groupFindings } from './groupFindings';

const f = (pid: string, ruleId: string, category: Category, severity: Severity, status: FindingStatus = 'open'): ListedFinding => ({
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
const all = { categories: new Set<Category>(), severities: new Set<Severity>(), showAddressed: false, showWaived: false };
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
    expect(r.counts).toMatchObject({ open: 4, addressed: 1, waived: 0, bySeverity: { critical: 3, warning: 1, info: 0 } });
    expect(r.counts.byCategory).toEqual({ article21: 0, 'unauthorized-access': 2, 'exclusive-defense': 1, safeguards: 1 });
    expect(r.addressed).toEqual([]);
    expect(r.shown).toBe(4);
  });

  it('filters by category and severity; addressed ones only on request', () => {
    const r = groupFindings(listed, {
      categories: new Set(['unauthorized-access', 'article21']),
      severities: new Set(['critical', 'info']),
      showAddressed: true,
      showWaived: false,
    });
    expect(shape(r)).toEqual([['unauthorized-access', 1, [['critical', ['UA-004']]]]]);
    expect(r.addressed.map((x) => x.ruleId)).toEqual(['A21-001']);
    expect(r.counts.open).toBe(4);
    expect(r.shown).toBe(2);
  });

  describe('waived findings', () => {
    // UA-004 and ED-001 waived; A21-001 addressed (a waiver never turns an addressed finding into a waived one).
    const withWaivers = [
      f('a', 'UA-008', 'unauthorized-access', 'warning'),
      f('a', 'ED-001', 'exclusive-defense', 'critical', 'waived'),
      f('b', 'UA-004', 'unauthorized-access', 'critical', 'waived'),
      f('b', 'SG-004', 'safeguards', 'critical'),
      f('c', 'A21-001', 'article21', 'info', 'addressed'),
    ];

    it('are counted apart: not open, not in the severity and category counts', () => {
      expect(countFindings(withWaivers)).toEqual({
        open: 2,
        waived: 2,
        addressed: 1,
        bySeverity: { critical: 1, warning: 1, info: 0 },
        byCategory: { article21: 0, 'unauthorized-access': 1, 'exclusive-defense': 0, safeguards: 1 },
      });
      // Every finding is counted exactly once.
      const c = countFindings(withWaivers);
      expect(c.open + c.waived + c.addressed).toBe(withWaivers.length);
    });

    it('are listed in their own section, on request, never among the open groups', () => {
      const hidden = groupFindings(withWaivers, all);
      expect(shape(hidden)).toEqual([
        ['unauthorized-access', 1, [['warning', ['UA-008']]]],
        ['safeguards', 1, [['critical', ['SG-004']]]],
      ]);
      expect(hidden.waived).toEqual([]);
      expect([hidden.shownOpen, hidden.shown]).toEqual([2, 2]);

      const shown = groupFindings(withWaivers, { ...all, showWaived: true });
      expect(shape(shown)).toEqual(shape(hidden));
      expect(shown.waived.map((x) => x.ruleId)).toEqual(['ED-001', 'UA-004']);
      expect([shown.shownOpen, shown.shown]).toEqual([2, 4]);
    });

    it('follow the category and severity filters like the rest', () => {
      const r = groupFindings(withWaivers, {
        categories: new Set(['unauthorized-access']),
        severities: new Set(),
        showAddressed: true,
        showWaived: true,
      });
      expect(shape(r)).toEqual([['unauthorized-access', 1, [['warning', ['UA-008']]]]]);
      expect(r.waived.map((x) => x.ruleId)).toEqual(['UA-004']);
      expect(r.addressed).toEqual([]);
      expect(r.counts).toMatchObject({ open: 2, waived: 2, addressed: 1 });
    });

    it('are open again once the waiver lapses (the status is all that counts)', () => {
      const lapsed = withWaivers.map((x) => (x.status === 'waived' ? { ...x, status: 'open' as const } : x));
      expect(countFindings(lapsed)).toMatchObject({ open: 4, waived: 0, addressed: 1, bySeverity: { critical: 3, warning: 1, info: 0 } });
      expect(groupFindings(lapsed, { ...all, showWaived: true }).waived).toEqual([]);
    });
  });
});
