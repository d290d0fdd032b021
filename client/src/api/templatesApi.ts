// Typed calls for the template catalogue (server/http/routes/templates.ts). Shapes come from core.
import type { TemplateDetail, TemplateSummary } from '../../../core/templates/types';
import { request } from './request';

export const templatesApi = {
  /** Every template the server offers, in measure order, each with its numbered outline. */
  list: (signal?: AbortSignal) =>
    request<{ templates: TemplateSummary[] }>('/api/templates', { signal }).then((r) => r.templates),
  /** One template with a full preview instance (text, guidance and alternatives). */
  get: (id: string, signal?: AbortSignal) =>
    request<TemplateDetail>(`/api/templates/${encodeURIComponent(id)}`, { signal }),
};
