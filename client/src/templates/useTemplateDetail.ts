import { useEffect, useState } from 'react';
import type { TemplateDetail } from '../../../core/templates/types';
import { templatesApi } from '../api/templatesApi';

/** The full preview of the chosen template (null while none is chosen, loading, or when it failed). */
export function useTemplateDetail(id: string | null): TemplateDetail | null {
  const [detail, setDetail] = useState<TemplateDetail | null>(null);
  useEffect(() => {
    if (!id) return;
    const abort = new AbortController();
    templatesApi.get(id, abort.signal).then(setDetail, () => {
      // The preview is an extra: the card already shows the outline.
    });
    return () => abort.abort();
  }, [id]);
  return detail && detail.id === id ? detail : null;
}
