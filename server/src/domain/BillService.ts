// Bill use cases: create (with initial content), list, get, rename, delete, read content.
// No express, no ws: the HTTP routes and the CLI call these.
import { randomBytes } from 'node:crypto';
import { emptyBillJSON } from '../../../core/bill/builders';
import type { BillContent, BillMeta } from '../../../core/bill/meta';
import { billToText } from '../../../core/bill/text';
import type { BillJSON, BillLang } from '../../../core/bill/types';
import { CloseCode } from '../../../core/collab/closeCodes';
import type { Storage } from '../storage/types';
import { billJSONToUpdate, stateToBillJSON } from './billContent';
import { DomainError, notFound } from './errors';

/** What the bill service needs from the collaboration layer. */
export interface LiveDocs {
  readState(name: string): Promise<Uint8Array>;
  /** Closes a document's sockets and unloads it without storing. */
  discardRoom(name: string, code: number, reason: string): Promise<void>;
}

/** A new url-safe bill id (16 base62-ish characters). */
export function newBillId(): string {
  return randomBytes(12).toString('base64url');
}

export class BillService {
  constructor(
    private readonly storage: Storage,
    private readonly live: LiveDocs,
  ) {}

  async create(input: { title: string; lang: BillLang; content?: BillJSON }): Promise<BillMeta> {
    const id = newBillId();
    const content = input.content ?? emptyBillJSON(input.title);
    let update: Uint8Array;
    try {
      update = billJSONToUpdate(content);
    } catch (err) {
      throw new DomainError('invalid', `bill content does not fit the bill schema: ${(err as Error).message}`);
    }
    const bill = await this.storage.bills.create({ id, title: input.title, lang: input.lang });
    const seq = await this.storage.docs.appendUpdate(id, update);
    await this.storage.docs.storeSnapshot(id, update, seq);
    return bill;
  }

  list(): Promise<BillMeta[]> {
    return this.storage.bills.list();
  }

  async get(id: string): Promise<BillMeta> {
    const bill = await this.storage.bills.get(id);
    if (!bill) throw notFound('bill');
    return bill;
  }

  async rename(id: string, title: string): Promise<BillMeta> {
    const bill = await this.storage.bills.update(id, { title });
    if (!bill) throw notFound('bill');
    return bill;
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.live.discardRoom(id, CloseCode.NotFound, 'bill deleted');
    if (!(await this.storage.bills.delete(id))) throw notFound('bill');
  }

  /** The current bill (live text when someone is editing) as JSON and numbered plain text. */
  async content(id: string): Promise<BillContent> {
    const bill = await this.get(id);
    const json = stateToBillJSON(await this.live.readState(id));
    return { json, text: billToText(json, bill.lang) };
  }
}
