// `POST /api/bills/import { xml, title? }` (docs/export.md): a new bill from an e-Gov 法令標準XML file.
import type { BillSummary } from '../api/billsApi';
import { request } from '../api/request';

/** The new bill (the caller owns it) and what the file held that the bill model cannot carry. */
export type ImportedBill = BillSummary & { warnings: string[] };

/** The documented limits: 2 MB of JSON body, 2,000,000 characters of XML. */
export const importLimits = { maxBytes: 2 * 1024 * 1024, maxChars: 2_000_000 } as const;

export const importApi = {
  lawXml: (xml: string, title?: string) =>
    request<ImportedBill>('/api/bills/import', { method: 'POST', body: title ? { xml, title } : { xml } }),
};
