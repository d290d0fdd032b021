import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { versionLabel, versionNote } from '../versionLabel';
import type { Version } from '../versionsApi';

/** The strip above a version: read-only, which version, who saved it when, its note, and actions. */
export function VersionBanner({ version, children }: { version: Version; children?: ReactNode }) {
  const { t, lang } = useI18n();
  const note = versionNote(version, t);
  return (
    <div
      className={`version-banner version-banner--${version.auto ? 'auto' : 'named'}`}
      data-testid="version-banner"
    >
      <span className="readonly-badge">
        <Icon name="lock" size={12} />
        {t('versions.readOnly')}
      </span>
      <div className="version-banner__what">
        <span className="version-banner__label">{versionLabel(version, t)}</span>
        <span className="version-banner__meta">
          {t(version.auto ? 'versions.kindAuto' : 'versions.kindNamed')} ·{' '}
          {formatDateTime(version.createdAt, lang)} ·{' '}
          {version.author ? version.author.displayName : t('versions.system')}
        </span>
        {note && <span className="version-banner__note">{note}</span>}
      </div>
      <div className="version-banner__actions">{children}</div>
    </div>
  );
}
