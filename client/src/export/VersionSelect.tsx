import { formatDateTime } from '../i18n/formatDate';
import { useI18n } from '../i18n/useI18n';
import { versionLabel } from '../versions/versionLabel';
import type { Version } from '../versions/versionsApi';
import { CURRENT_TEXT } from './exportUrls';

/** The live text or one of the bill's saved versions (newest first). */
export function VersionSelect({
  id,
  versions,
  value,
  testId,
  disabled,
  onChange,
}: {
  id: string;
  versions: readonly Version[];
  value: string;
  testId: string;
  disabled?: boolean;
  onChange(value: string): void;
}) {
  const { t, lang } = useI18n();
  return (
    <select
      id={id}
      className="select"
      data-testid={testId}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value={CURRENT_TEXT}>{t('export.currentText')}</option>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {versionLabel(v, t)} — {formatDateTime(v.createdAt, lang)}
        </option>
      ))}
    </select>
  );
}

/** A line under the picker while the versions load, or when they could not be. */
export function VersionsNote({ status }: { status: 'loading' | 'error' | 'ready' }) {
  const { t } = useI18n();
  if (status === 'ready') return null;
  return (
    <p className="field-hint" data-testid="export-versions-note">
      {t(status === 'loading' ? 'export.versionsLoading' : 'export.versionsFailed')}
    </p>
  );
}
