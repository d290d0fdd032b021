import type { BillSummary } from '../api/billsApi';
import { useT } from '../i18n/useT';
import { BillRow } from './BillRow';

interface BillTableProps {
  bills: BillSummary[];
  now: number;
  onRename(id: string, title: string): Promise<void>;
  onDelete(bill: BillSummary): void;
}

/** The bills as a table, newest first. */
export function BillTable({ bills, now, onRename, onDelete }: BillTableProps) {
  const t = useT();
  return (
    <table className="bill-table">
      <thead>
        <tr>
          <th scope="col">{t('list.colTitle')}</th>
          <th scope="col" className="bill-table__lang">
            {t('list.colLang')}
          </th>
          <th scope="col" className="bill-table__role">
            {t('list.colRole')}
          </th>
          <th scope="col" className="bill-table__updated">
            {t('list.colUpdated')}
          </th>
          <th scope="col" className="bill-table__actions">
            <span className="visually-hidden">{t('list.colActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {bills.map((bill) => (
          <BillRow key={bill.id} bill={bill} now={now} onRename={onRename} onDelete={onDelete} />
        ))}
      </tbody>
    </table>
  );
}
