import { useCallback, useEffect, useState } from 'react';
import { billsApi, type BillSummary } from '../api/billsApi';

export type BillMetaState =
  | { status: 'loading'; billId: string }
  | { status: 'error'; billId: string; error: unknown }
  | { status: 'ready'; billId: string; bill: BillSummary };

/** One bill's metadata (title, language) and a rename that updates it. */
export function useBillMeta(billId: string) {
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
  }, [billId, generation]);

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
