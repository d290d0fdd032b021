import { Icon } from '../components/Icon';
import { formatDateTime } from '../i18n/formatDate';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../router/Link';
import { comparePath, versionPath } from '../router/routes';
import { versionLabel } from './versionLabel';
import { CURRENT, type RestoreResult } from './versionsApi';
import { CloseButton } from '../components/CloseButton';

/** What a restore did, and the automatic version that keeps the text it replaced. */
export function RestoreNotice({
  billId,
  result,
  onDismiss,
}: {
  billId: string;
  result: RestoreResult;
  onDismiss(): void;
}) {
  const { t, lang } = useI18n();
  const { restored, backup } = result;
  return (
    <div className="restore-notice" role="status" data-testid="restore-result">
      <Icon name="check" size={16} />
      <div className="restore-notice__text">
        <p className="restore-notice__title">
          {t('versions.restored', { label: versionLabel(restored, t) })}
        </p>
        {backup ? (
          <p data-testid="restore-backup" data-version-id={backup.id}>
            {t('versions.backupKept', {
              label: versionLabel(backup, t),
              time: formatDateTime(backup.createdAt, lang),
            })}{' '}
            <Link href={versionPath(billId, backup.id)} className="link-btn" data-testid="view-backup">
              {t('versions.view')}
            </Link>{' '}
            <Link href={comparePath(billId, { from: backup.id, to: CURRENT })} className="link-btn">
              {t('versions.compareBackup')}
            </Link>
          </p>
        ) : (
          <p>{t('versions.noBackup')}</p>
        )}
      </div>
      <CloseButton onClick={onDismiss} />
    </div>
  );
}
