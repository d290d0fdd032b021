import { useCallback, useEffect, useState } from 'react';
import { billsApi, type BillSummary } from '../api/billsApi';

export type BillMetaState =
  | { status: 'loading'; billId: string }
  | { status: 'error'; billId: string; error: unknown }
  | { status: 'ready'; billId: string; bill: BillSummary };

/**
 * One bill's metadata (title, language, the caller's role and permissions) and a rename that updates it.
 * A new `accessVersion` refetches it in place (the server said our role changed).
 */
export function useBillMeta(billId: string, accessVersion = 0) {
  const [state, setState] = useState<BillMetaState>({ status: 'loading', billId });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    billsApi.get(billId, abort.signal).then(
      (bill) => setState({ status: 'ready', billId, bill }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', billId, error });
      },
    );
    return () => abort.abort();
  }, [billId, generation, accessVersion]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const rename = useCallback(
    async (title: string) => {
      const bill = await billsApi.rename(billId, title);
      setState({ status: 'ready', billId, bill });
    },
    [billId],
  );

  // A state left over from the previous bill id reads as loading.
  const current: BillMetaState = state.billId === billId ? state : { status: 'loading', billId };
  return { state: current, reload, rename };
}
