// Which templates the picker shows, and how a choice follows a change of drafting language.
import type { BillLang } from '../../../core/bill';
import type { TemplateMeasure, TemplateSummary } from '../../../core/templates/types';

/** The measure filter: one measure, or every template. */
export type MeasureFilter = TemplateMeasure | 'all';

/** Every filter value, in the order the picker offers them. */
export const measureFilters: readonly MeasureFilter[] = ['all', 1, 2, 3, 'omnibus', 'none'];

/** Templates in `lang` of the chosen measure, in the server's order. */
export function filterTemplates(
  templates: readonly TemplateSummary[],
  measure: MeasureFilter,
  lang: BillLang,
): TemplateSummary[] {
  return templates.filter((t) => t.lang === lang && (measure === 'all' || t.measure === measure));
}

/** A template's family: its id without the language suffix (`measure2.ja` → `measure2`). */
export function templateFamily(template: Pick<TemplateSummary, 'id' | 'lang'>): string {
  const suffix = `.${template.lang}`;
  return template.id.endsWith(suffix) ? template.id.slice(0, -suffix.length) : template.id;
}

/** The same template written in `lang` (same family, else same measure), or null. */
export function counterpartIn(
  templates: readonly TemplateSummary[],
  template: TemplateSummary,
  lang: BillLang,
): TemplateSummary | null {
  if (template.lang === lang) return template;
  const family = templateFamily(template);
  const inLang = templates.filter((t) => t.lang === lang);
  return (
    inLang.find((t) => templateFamily(t) === family) ??
    inLang.find((t) => t.measure === template.measure) ??
    null
  );
}
