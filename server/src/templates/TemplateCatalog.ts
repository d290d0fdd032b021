// The validated templates a server was started with, with a preview instance of each computed once:
// the list, the picker preview and new bills all come from here.
import { billOutline } from '../../../core/bill/outline';
import { billToText } from '../../../core/bill/text';
import { instantiateTemplate, type TemplateInstance } from '../../../core/templates/instantiate';
import type { BillTemplate } from '../../../core/templates/schema';
import type { TemplateDetail, TemplateSummary } from '../../../core/templates/types';

/** A fresh bill made from a template, with the template's identity. */
export interface InstantiatedTemplate extends TemplateInstance {
  template: Pick<BillTemplate, 'id' | 'version' | 'lang'>;
}

const measureOrder = (t: BillTemplate) =>
  typeof t.measure === 'number' ? t.measure : t.measure === 'omnibus' ? 4 : 5;

export class TemplateCatalog {
  private readonly templates = new Map<string, BillTemplate>();
  private readonly details = new Map<string, TemplateDetail>();

  constructor(templates: readonly BillTemplate[]) {
    const sorted = [...templates].sort(
      (a, b) => measureOrder(a) - measureOrder(b) || a.lang.localeCompare(b.lang) || a.id.localeCompare(b.id),
    );
    for (const t of sorted) {
      if (this.templates.has(t.id)) throw new Error(`duplicate template id "${t.id}"`);
      this.templates.set(t.id, t);
      const preview = instantiateTemplate(t);
      const { id, title, measure, lang, description, version } = t;
      this.details.set(t.id, {
        ...{ id, title, measure, lang, description, version },
        billTitle: t.bill.title,
        outline: billOutline(preview.json, lang),
        json: preview.json,
        text: billToText(preview.json, lang),
        guidance: preview.guidance,
        alternatives: preview.alternatives,
      });
    }
  }

  /** Every template (measure order, then language), without the bill body. */
  list(): TemplateSummary[] {
    return [...this.details.values()].map(
      ({ id, title, measure, lang, description, version, billTitle, outline }) => ({
        ...{ id, title, measure, lang, description, version, billTitle, outline },
      }),
    );
  }

  /** One template with its preview instance (stable pids for this server run), or null. */
  get(id: string): TemplateDetail | null {
    return this.details.get(id) ?? null;
  }

  /** A fresh bill from the template, with new pids; null for an unknown id. */
  instantiate(id: string, title: string): InstantiatedTemplate | null {
    const t = this.templates.get(id);
    if (!t) return null;
    return { ...instantiateTemplate(t, { title }), template: { id: t.id, version: t.version, lang: t.lang } };
  }
}
