// The findings panel's model: open findings grouped by category (bill-level checks last) and, inside a
// category, by severity (critical first); counts over everything; filters by category and severity.
import { categories, severities, type Category, type Severity } from '../../../../core/rules';
import type { ListedFinding } from '../../editor/findings/findingsState';

export interface FindingsFilter {
  /** Empty: every category. */
  categories: ReadonlySet<Category>;
  /** Empty: every severity. */
  severities: ReadonlySet<Severity>;
  showAddressed: boolean;
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
  open: number;
  addressed: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<Category, number>;
}

export interface GroupedFindings {
  /** Unfiltered counts of open findings (and of addressed ones). */
  counts: FindingCounts;
  categories: CategoryGroup[];
  /** Addressed findings passing the filter (empty unless `showAddressed`). */
  addressed: ListedFinding[];
  /** Findings shown after filtering. */
  shown: number;
}

/** Critical first. */
export const severityOrder: readonly Severity[] = [...severities].reverse();

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Groups and counts `listed` (bill order) under `filter`. */
export function groupFindings(listed: readonly ListedFinding[], filter: FindingsFilter): GroupedFindings {
  const counts: FindingCounts = { open: 0, addressed: 0, bySeverity: zero(severities), byCategory: zero(categories) };
  const passes = (f: ListedFinding) =>
    (filter.categories.size === 0 || filter.categories.has(f.category)) &&
    (filter.severities.size === 0 || filter.severities.has(f.severity));
  const byCategory = new Map<Category, Map<Severity, ListedFinding[]>>();
  const addressed: ListedFinding[] = [];
  let shown = 0;
  for (const f of listed) {
    if (f.status === 'addressed') {
      counts.addressed++;
      if (filter.showAddressed && passes(f)) {
        addressed.push(f);
        shown++;
      }
      continue;
    }
    counts.open++;
    counts.bySeverity[f.severity]++;
    counts.byCategory[f.category]++;
    if (!passes(f)) continue;
    shown++;
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
  return { counts, categories: groups, addressed, shown };
}
