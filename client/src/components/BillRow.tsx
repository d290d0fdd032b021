import { allows, type BillSummary } from '../api/billsApi';
import { useState } from 'react';
import { formatDateTime, formatUpdated } from '../i18n/formatDate';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../router/Link';
import { billPath } from '../router/routes';
import { Icon } from './Icon';
import { LangBadge } from './LangBadge';
import { RenameForm } from './RenameForm';

interface BillRowProps {
  bill: BillSummary;
  now: number;
  onRename(id: string, title: string): Promise<void>;
  onDelete(bill: BillSummary): void;
}

/** One bill in the list: title (renamable inline), language, last update and actions. */
export function BillRow({ bill, now, onRename, onDelete }: BillRowProps) {
  const { t, lang } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const href = billPath(bill.id);
  return (
    <tr className="bill-row" data-testid="bill-row" data-bill-id={bill.id}>
      <td className="bill-row__title">
        {renaming ? (
          <RenameForm
            value={bill.title}
            label={t('list.renameLabel', { title: bill.title })}
            onSave={(title) => onRename(bill.id, title)}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <Link href={href} className="bill-link" data-testid="bill-link">
            <Icon name="document" size={16} />
            <span>{bill.title}</span>
          </Link>
        )}
      </td>
      <td className="bill-row__lang">
        <LangBadge lang={bill.lang} />
      </td>
      <td className="bill-row__role">
        {bill.role && (
          <span className={`role-badge role-badge--${bill.role}`} data-testid="bill-role">
            {t(`role.${bill.role}`)}
          </span>
        )}
      </td>
      <td className="bill-row__updated">
        <time dateTime={bill.updatedAt} title={formatDateTime(bill.updatedAt, lang)}>
          {formatUpdated(bill.updatedAt, lang, now)}
        </time>
      </td>
      <td className="bill-row__actions">
        <Link
          href={href}
          className="icon-btn"
          aria-label={`${t('list.open')}: ${bill.title}`}
          title={t('list.open')}
          data-testid="open-bill"
        >
          <Icon name="arrowRight" size={16} />
        </Link>
        {allows(bill, 'bill.rename') && (
          <button
            type="button"
            className="icon-btn"
            aria-label={`${t('list.rename')}: ${bill.title}`}
            title={t('list.rename')}
            data-testid="rename-bill"
            onClick={() => setRenaming(true)}
            disabled={renaming}
          >
            <Icon name="pencil" size={16} />
          </button>
        )}
        {allows(bill, 'bill.delete') && (
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={`${t('list.delete')}: ${bill.title}`}
            title={t('list.delete')}
            data-testid="delete-bill"
            onClick={() => onDelete(bill)}
          >
            <Icon name="trash" size={16} />
          </button>
        )}
      </td>
    </tr>
  );
}
