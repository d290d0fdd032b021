import { useEffect } from 'react';
import type { PublicUser } from '../../../../core/auth/roles';
import { ApiError } from '../../api/ApiError';
import { allows } from '../../api/billsApi';
import { describeError } from '../../i18n/describeError';
import { useT } from '../../i18n/useT';
import { navigate } from '../../router/navigate';
import { comparePath } from '../../router/routes';
import { EditorError } from '../../scenes/EditorError';
import { EditorSkeleton } from '../../scenes/EditorSkeleton';
import { useBillMeta } from '../../scenes/useBillMeta';
import { SceneHeader } from '../SceneHeader';
import { compareQuery, parseCompareQuery, type CompareQuery } from './compareQuery';
import { CompareView } from './CompareView';
import { useLocationSearch } from './useLocationSearch';

/** `/bills/:id/compare?from=&to=&layout=`: two versions of a bill (or one and the live text) compared. */
export function CompareScene({
  billId,
  user,
  onSignOut,
}: {
  billId: string;
  user: PublicUser;
  onSignOut(): void;
}) {
  const t = useT();
  const meta = useBillMeta(billId);
  const search = useLocationSearch();
  const query = parseCompareQuery(search);
  const bill = meta.state.status === 'ready' ? meta.state.bill : null;

  useEffect(() => {
    document.title = `${t('compare.heading')}${bill ? ` — ${bill.title}` : ''} — ${t('app.name')}`;
  }, [bill, t]);

  const onQuery = (next: CompareQuery, replace: boolean) =>
    navigate(comparePath(billId, compareQuery(next)), { replace });

  let body;
  if (meta.state.status === 'error') {
    const { error } = meta.state;
    const notFound = error instanceof ApiError && error.status === 404;
    body = (
      <EditorError
        message={notFound ? t('close.4404') : describeError(error, t)}
        onRetry={notFound ? undefined : meta.reload}
      />
    );
  } else if (!bill) body = <EditorSkeleton label={t('editor.loading')} />;
  else if (!allows(bill, 'version.read')) body = <EditorError message={t('versions.forbidden')} />;
  else body = <CompareView bill={bill} query={query} onQuery={onQuery} />;

  return (
    <div className="scene scene--editor scene--compare">
      <SceneHeader
        billId={billId}
        billTitle={bill?.title ?? null}
        page={t('compare.heading')}
        user={user}
        onSignOut={onSignOut}
      />
      {body}
    </div>
  );
}
