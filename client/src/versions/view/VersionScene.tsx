import { useCallback, useEffect, useState } from 'react';
import type { PublicUser } from '../../../../core/auth/roles';
import { ApiError } from '../../api/ApiError';
import { allows } from '../../api/billsApi';
import { useResource } from '../../api/useResource';
import { describeError } from '../../i18n/describeError';
import { useT } from '../../i18n/useT';
import { Link } from '../../router/Link';
import { comparePath } from '../../router/routes';
import { EditorError } from '../../scenes/EditorError';
import { EditorSkeleton } from '../../scenes/EditorSkeleton';
import { useBillMeta } from '../../scenes/useBillMeta';
import { RestoreDialog } from '../RestoreDialog';
import { RestoreNotice } from '../RestoreNotice';
import { SceneHeader } from '../SceneHeader';
import { versionLabel } from '../versionLabel';
import { CURRENT, versionsApi, type RestoreResult } from '../versionsApi';
import { ReadOnlyBill } from './ReadOnlyBill';
import { VersionBanner } from './VersionBanner';

/** `/bills/:id/versions/:vid`: one version, read-only, with its derived numbers; compare or restore it. */
export function VersionScene({
  billId,
  versionId,
  user,
  onSignOut,
}: {
  billId: string;
  versionId: string;
  user: PublicUser;
  onSignOut(): void;
}) {
  const t = useT();
  const meta = useBillMeta(billId);
  const load = useCallback(
    (signal: AbortSignal) => versionsApi.get(billId, versionId, signal),
    [billId, versionId],
  );
  const { state, reload } = useResource(load);
  const [restoring, setRestoring] = useState(false);
  const [result, setResult] = useState<RestoreResult | null>(null);
  const bill = meta.state.status === 'ready' ? meta.state.bill : null;
  const content = state.status === 'ready' ? state.data : null;
  const label = content ? versionLabel(content.version, t) : null;

  useEffect(() => {
    document.title = [label, bill?.title, t('app.name')].filter(Boolean).join(' — ');
  }, [label, bill, t]);

  const error =
    meta.state.status === 'error' ? meta.state.error : state.status === 'error' ? state.error : null;
  let body;
  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    body = (
      <EditorError
        message={notFound ? t('versions.notFound') : describeError(error, t)}
        onRetry={notFound ? undefined : () => (meta.state.status === 'error' ? meta.reload() : reload())}
      />
    );
  } else if (!bill || !content) body = <EditorSkeleton label={t('versions.opening')} />;
  else
    body = (
      <>
        <VersionBanner version={content.version}>
          <Link
            href={comparePath(billId, { from: versionId, to: CURRENT })}
            className="btn btn--small"
            data-testid="compare-version"
          >
            {t('versions.compareCurrent')}
          </Link>
          {allows(bill, 'version.restore') && (
            <button
              type="button"
              className="btn btn--small"
              data-testid="restore-version"
              onClick={() => setRestoring(true)}
            >
              {t('versions.restore')}
            </button>
          )}
        </VersionBanner>
        {result && (
          <div className="banner">
            <RestoreNotice billId={billId} result={result} onDismiss={() => setResult(null)} />
          </div>
        )}
        <ReadOnlyBill json={content.json} lang={bill.lang} />
        <RestoreDialog
          billId={billId}
          version={restoring ? content.version : null}
          onCancel={() => setRestoring(false)}
          onRestored={(r) => {
            setRestoring(false);
            setResult(r);
          }}
        />
      </>
    );

  return (
    <div className="scene scene--editor scene--version">
      <SceneHeader
        billId={billId}
        billTitle={bill?.title ?? null}
        page={label ?? t('versions.versionPage')}
        user={user}
        onSignOut={onSignOut}
      />
      {body}
    </div>
  );
}
