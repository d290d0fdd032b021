import type { AuditEntry } from '../api/auditApi';
import { formatDateTime } from '../i18n/formatDate';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../router/Link';
import { billPath } from '../router/routes';
import { auditSentence } from './auditSentence';

interface AuditTableProps {
  entries: readonly AuditEntry[];
  /** userId → username, for trails that carry ids only (the server-wide one). */
  names?: ReadonlyMap<string, string>;
  /** Adds a column linking each entry's bill (the server-wide trail). */
  showBill?: boolean;
}

/** An audit trail, newest first: when, who, what. */
export function AuditTable({ entries, names, showBill = false }: AuditTableProps) {
  const { t, lang } = useI18n();
  if (!entries.length) return <p className="audit-empty">{t('audit.empty')}</p>;
  const who = (entry: AuditEntry) =>
    entry.username ??
    (entry.userId ? (names?.get(entry.userId) ?? entry.userId.slice(0, 8)) : t('audit.system'));
  return (
    <table className="data-table audit-table">
      <thead>
        <tr>
          <th scope="col" className="audit-table__time">
            {t('audit.colTime')}
          </th>
          <th scope="col" className="audit-table__who">
            {t('audit.colUser')}
          </th>
          <th scope="col">{t('audit.colAction')}</th>
          {showBill && (
            <th scope="col" className="audit-table__bill">
              {t('audit.colBill')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-entry" data-action={entry.action}>
            <td className="audit-table__time">
              <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
            </td>
            <td className="audit-table__who">{who(entry)}</td>
            <td>{auditSentence(entry, t)}</td>
            {showBill && (
              <td className="audit-table__bill">
                {entry.billId && (
                  <Link href={billPath(entry.billId)} className="mono-link">
                    {entry.billId}
                  </Link>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
