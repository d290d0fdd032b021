import { isRole } from '../../../core/auth/roles';
import type { AuditEntry } from '../api/auditApi';
import type { Translate } from '../i18n/translate';

/** What happened, as a sentence in the interface language; unknown actions are named as they are. */
export function auditSentence(entry: Pick<AuditEntry, 'action' | 'detail'>, t: Translate): string {
  const { detail } = entry;
  const text = (key: string) => {
    const value = detail[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
  };
  const role = (key: string) => {
    const value = detail[key];
    return isRole(value) ? t(`role.${value}`) : text(key);
  };
  const has = (key: string) => typeof detail[key] === 'string' && detail[key] !== '';
  switch (entry.action) {
    case 'bill.created':
      return t('audit.bill.created', { title: text('title') });
    case 'bill.renamed':
      return t('audit.bill.renamed', { from: text('from'), to: text('to') });
    case 'bill.deleted':
      return t('audit.bill.deleted', { title: text('title') });
    case 'bill.exported':
      return has('format')
        ? t('audit.bill.exported', { format: text('format') })
        : t('audit.bill.exportedPlain');
    case 'member.added':
      return t('audit.member.added', { username: text('username'), role: role('role') });
    case 'member.removed':
      return t('audit.member.removed', { username: text('username'), role: role('role') });
    case 'member.role_changed':
      return t('audit.member.role_changed', {
        username: text('username'),
        from: role('from'),
        role: role('role'),
      });
    case 'version.created':
      return has('label')
        ? t('audit.version.created', { label: text('label') })
        : t('audit.version.createdPlain');
    case 'version.restored':
      return has('label')
        ? t('audit.version.restored', { label: text('label') })
        : t('audit.version.restoredPlain');
    case 'auth.registered':
      return detail.admin === true ? t('audit.auth.registeredAdmin') : t('audit.auth.registered');
    case 'auth.signed_in':
      return has('ip') ? t('audit.auth.signed_in', { ip: text('ip') }) : t('audit.auth.signed_inPlain');
    case 'auth.signed_out':
      return t('audit.auth.signed_out');
    case 'user.created':
      return t('audit.user.created', { username: text('username') });
    case 'settings.changed':
      if (typeof detail.selfRegistration === 'boolean')
        return t(
          detail.selfRegistration ? 'audit.settings.registrationOpened' : 'audit.settings.registrationClosed',
        );
      return t('audit.settings.changed');
    default:
      return t('audit.other', { action: entry.action });
  }
}
