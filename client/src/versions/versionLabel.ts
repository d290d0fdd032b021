// Automatic versions carry English default labels and notes from the server: show them in the reader's
// language by their `reason`. Named versions keep the words their author gave them.
import type { StringKey } from '../i18n/strings';
import type { Translate } from '../i18n/translate';
import type { Version } from './versionsApi';

const autoLabels: Partial<Record<string, StringKey>> = {
  editing: 'versions.auto.editing',
  restore: 'versions.auto.restore',
  export: 'versions.auto.export',
  alternative: 'versions.auto.alternative',
  template: 'versions.auto.template',
};

/** The label to show for a version. */
export function versionLabel(version: Pick<Version, 'auto' | 'reason' | 'label'>, t: Translate): string {
  if (!version.auto) return version.label;
  const key = version.reason ? autoLabels[version.reason] : undefined;
  if (key) return t(key);
  return version.reason ? t('versions.auto.other', { reason: version.reason }) : version.label;
}

const beforeRestoring = /^before restoring “(.*)”$/s;

/** The note to show for a version ('' when there is none). */
export function versionNote(version: Pick<Version, 'auto' | 'reason' | 'note'>, t: Translate): string {
  if (version.auto && version.reason === 'restore') {
    const match = beforeRestoring.exec(version.note);
    if (match) return t('versions.note.beforeRestoring', { label: match[1] ?? '' });
  }
  return version.note;
}
