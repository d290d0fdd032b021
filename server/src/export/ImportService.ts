// Import of an e-Gov 法令標準XML file as a new bill: the caller becomes its owner, every provision gets a
// fresh pid, the language comes from the file (Lang, ja by default). Recorded as `bill.imported`.
import type { PublicUser } from '../../../core/auth/roles';
import type { BillService, BillView } from '../domain/BillService';
import type { Storage } from '../storage/types';
import { lawXmlToBill } from './xml/lawXmlToBill';
import { parseXmlDocument } from './xml/parseXmlDocument';

/** The new bill and what the import could not carry over. */
export type ImportedBill = BillView & { warnings: string[] };

export class ImportService {
  constructor(
    private readonly bills: Pick<BillService, 'create'>,
    private readonly storage: Pick<Storage, 'audit'>,
  ) {}

  /** Creates a bill from the XML; `title` (else the law's title) names it. 400 for a file that is not 法令標準XML. */
  async lawXml(actor: PublicUser, input: { xml: string; title?: string }): Promise<ImportedBill> {
    const law = lawXmlToBill(parseXmlDocument(input.xml));
    const title = Array.from((input.title ?? law.title).trim()).slice(0, 300).join('') || (law.lang === 'ja' ? '取り込んだ法令' : 'Imported law');
    const bill = await this.bills.create(actor, { title, lang: law.lang, content: law.json });
    await this.storage.audit.append({
      billId: bill.id,
      userId: actor.id,
      action: 'bill.imported',
      detail: { format: 'egov-xml', bytes: Buffer.byteLength(input.xml), warnings: law.warnings.length },
    });
    return { ...bill, warnings: law.warnings };
  }
}
