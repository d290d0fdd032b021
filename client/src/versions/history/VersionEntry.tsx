import { Icon } from '../../components/Icon';
import { formatDateTime, formatUpdated } from '../../i18n/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { Link } from '../../router/Link';
import { comparePath, versionPath } from '../../router/routes';
import { versionLabel, versionNote } from '../versionLabel';
import { CURRENT, type Version } from '../versionsApi';

interface VersionEntryProps {
  billId: string;
  version: Version;
  now: number;
  selected: boolean;
  /** Shown highlighted: the backup a restore just made. */
  highlighted: boolean;
  onSelect(selected: boolean): void;
  /** Absent when the caller may not restore. */
  onRestore?: () => void;
}

/** One version in the history: what it is, who saved it when, and what can be done with it. */
export function VersionEntry({
  billId,
  version,
  now,
  selected,
  highlighted,
  onSelect,
  onRestore,
}: VersionEntryProps) {
  const { t, lang } = useI18n();
  const label = versionLabel(version, t);
  const note = versionNote(version, t);
  const kind = version.auto ? 'auto' : 'named';
  return (
    <li
      className={`version-entry version-entry--${kind}${highlighted ? ' version-entry--highlight' : ''}`}
      data-testid="version-entry"
      data-version-id={version.id}
      data-auto={version.auto}
    >
      <label className="version-entry__select" title={t('versions.selectForCompare')}>
        <input
          type="checkbox"
          checked={selected}
          data-testid="version-select"
          aria-label={t('versions.selectNamed', { label })}
          onChange={(e) => onSelect(e.target.checked)}
        />
      </label>
      <div className="version-entry__main">
        <div className="version-entry__head">
          <span className="version-entry__icon" aria-hidden="true">
            <Icon name={version.auto ? 'history' : 'bookmark'} size={13} />
          </span>
          <span className="version-entry__label" data-testid="version-entry-label">
            {label}
          </span>
          <span className={`version-kind version-kind--${kind}`}>
            {t(version.auto ? 'versions.kindAuto' : 'versions.kindNamed')}
          </span>
        </div>
        <div className="version-entry__meta">
          <time dateTime={version.createdAt} title={formatDateTime(version.createdAt, lang)}>
            {formatUpdated(version.createdAt, lang, now)}
          </time>
          <span aria-hidden="true">·</span>
          <span className="version-entry__author">
            {version.author ? version.author.displayName : t('versions.system')}
          </span>
        </div>
        {note && <p className="version-entry__note">{note}</p>}
        <div className="version-entry__actions">
          <Link href={versionPath(billId, version.id)} className="link-btn" data-testid="view-version">
            {t('versions.view')}
          </Link>
          <Link
            href={comparePath(billId, { from: version.id, to: CURRENT })}
            className="link-btn"
            data-testid="compare-version"
          >
            {t('versions.compareCurrent')}
          </Link>
          {onRestore && (
            <button type="button" className="link-btn" data-testid="restore-version" onClick={onRestore}>
              {t('versions.restore')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
