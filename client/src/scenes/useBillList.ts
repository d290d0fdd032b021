import { useCallback, useEffect, useState } from 'react';
import { billsApi, type BillSummary } from '../api/billsApi';

export type BillListState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; bills: BillSummary[] };

const newestFirst = (bills: BillSummary[]) =>
  [...bills].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/** The bill list with reload, rename and delete that keep the local copy in step with the server. */
export function useBillList() {
  const [state, setState] = useState<BillListState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    billsApi.list(abort.signal).then(
      (bills) => setState({ status: 'ready', bills: newestFirst(bills) }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [generation]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setGeneration((g) => g + 1);
  }, []);

  const update = useCallback((change: (bills: BillSummary[]) => BillSummary[]) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', bills: newestFirst(change(s.bills)) } : s));
  }, []);

  const rename = useCallback(
    async (id: string, title: string) => {
      const meta = await billsApi.rename(id, title);
      update((bills) => bills.map((b) => (b.id === id ? meta : b)));
    },
    [update],
  );

  const remove = useCallback(
    async (id: string) => {
      await billsApi.remove(id);
      update((bills) => bills.filter((b) => b.id !== id));
    },
    [update],
  );

  return { state, reload, rename, remove };
}
