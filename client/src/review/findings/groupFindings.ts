// The findings panel's model: open findings grouped by category (bill-level checks last) and, inside a
// category, by severity (critical first); counts over everything, each finding counted once under its
// status (open, waived, addressed); filters by category and severity. Waived and addressed findings are
// listed apart, each list on request.
import { categories, severities, type Category, type Severity } from '../../../../core/rules';
import type { ListedFinding } from '../../editor/findings/findingsState';

export interface FindingsFilter {
  /** Empty: every category. */
  categories: ReadonlySet<Category>;
  /** Empty: every severity. */
  severities: ReadonlySet<Severity>;
  showAddressed: boolean;
  showWaived: boolean;
}

export interface SeverityGroup {
  severity: Severity;
  findings: ListedFinding[];
}

export interface CategoryGroup {
  category: Category;
  /** Open findings of the category that pass the filter. */
  count: number;
  groups: SeverityGroup[];
}

export interface FindingCounts {
  /** Findings still to deal with: neither addressed by safeguards nor covered by a waiver in force. */
  open: number;
  addressed: number;
  waived: number;
  /** Open findings only (what the severity and category filters count). */
  bySeverity: Record<Severity, number>;
  byCategory: Record<Category, number>;
}

export interface GroupedFindings {
  /** Unfiltered counts: open findings (by severity and category), waived and addressed ones. */
  counts: FindingCounts;
  categories: CategoryGroup[];
  /** Waived findings passing the filter (empty unless `showWaived`). */
  waived: ListedFinding[];
  /** Addressed findings passing the filter (empty unless `showAddressed`). */
  addressed: ListedFinding[];
  /** Open findings shown after filtering. */
  shownOpen: number;
  /** Findings shown after filtering (open, and waived or addressed ones when asked for). */
  shown: number;
}

/** Critical first. */
export const severityOrder: readonly Severity[] = [...severities].reverse();

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts `listed` by status (open ones also by severity and category). */
export function countFindings(listed: readonly ListedFinding[]): FindingCounts {
  const counts: FindingCounts = { open: 0, addressed: 0, waived: 0, bySeverity: zero(severities), byCategory: zero(categories) };
  for (const f of listed) {
    counts[f.status]++;
    if (f.status !== 'open') continue;
    counts.bySeverity[f.severity]++;
    counts.byCategory[f.category]++;
  }
  return counts;
}

/** Groups and counts `listed` (bill order) under `filter`. */
export function groupFindings(listed: readonly ListedFinding[], filter: FindingsFilter): GroupedFindings {
  const counts = countFindings(listed);
  const passes = (f: ListedFinding) =>
    (filter.categories.size === 0 || filter.categories.has(f.category)) &&
    (filter.severities.size === 0 || filter.severities.has(f.severity));
  const byCategory = new Map<Category, Map<Severity, ListedFinding[]>>();
  const addressed: ListedFinding[] = [];
  const waived: ListedFinding[] = [];
  let shownOpen = 0;
  for (const f of listed) {
    if (!passes(f)) continue;
    if (f.status === 'addressed') {
      if (filter.showAddressed) addressed.push(f);
      continue;
    }
    if (f.status === 'waived') {
      if (filter.showWaived) waived.push(f);
      continue;
    }
    shownOpen++;
    let bySeverity = byCategory.get(f.category);
    if (!bySeverity) byCategory.set(f.category, (bySeverity = new Map()));
    bySeverity.set(f.severity, [...(bySeverity.get(f.severity) ?? []), f]);
  }
  const groups: CategoryGroup[] = [];
  for (const category of categories) {
    const bySeverity = byCategory.get(category);
    if (!bySeverity) continue;
    const sg = severityOrder.flatMap((severity) => {
      const findings = bySeverity.get(severity);
      return findings ? [{ severity, findings }] : [];
    });
    groups.push({ category, count: sg.reduce((n, g) => n + g.findings.length, 0), groups: sg });
  }
  return { counts, categories: groups, waived, addressed, shownOpen, shown: shownOpen + waived.length + addressed.length };
}
