import { useCallback } from 'react';
import { guidanceApi } from '../../api/guidanceApi';
import { useResource } from '../../api/useResource';

/** The bill's guidance and alternatives, fetched once per bill (and again on `reload`). */
export function useBillGuidance(billId: string) {
  const load = useCallback((signal: AbortSignal) => guidanceApi.forBill(billId, signal), [billId]);
  return useResource(load);
}
