// Bill use cases: create (with initial content), list, get, rename, delete, read content.
// Every method takes the acting user; access is decided by the policy table. No express, no ws.
import { randomBytes } from 'node:crypto';
import { emptyBillJSON } from '../../../core/bill/builders';
import type { BillContent, BillMeta } from '../../../core/bill/meta';
import { billToText } from '../../../core/bill/text';
import type { BillJSON, BillLang } from '../../../core/bill/types';
import type { BillAction, PublicUser, Role } from '../../../core/auth/roles';
import { CloseCode } from '../../../core/collab/closeCodes';
import { reviewRoomName } from '../../../core/collab/roomNames';
import type { BillGuidance } from '../../../core/templates/types';
import { can, permissionsFor } from '../policies/policy';
import type { BillRecord, Storage } from '../storage/types';
import { billJSONToUpdate, stateToBillJSON } from './billContent';
import { DomainError, notFound } from './errors';

/** What the bill service needs from the collaboration layer. */
export interface LiveDocs {
  readState(name: string): Promise<Uint8Array>;
  /** Closes a document's sockets and unloads it without storing. */
  discardRoom(name: string, code: number, reason: string): Promise<void>;
}

/** Where bills made from templates come from (server/src/templates/TemplateCatalog). */
export interface BillTemplates {
  /** A fresh instance (new pids) of the template, or null when there is no such template. */
  instantiate(id: string, title: string): {
    json: BillJSON;
    guidance: BillGuidance['guidance'];
    alternatives: BillGuidance['alternatives'];
    template: { id: string; version: string; lang: BillLang };
  } | null;
}

/** A bill as the caller sees it: metadata plus the caller's role and what it allows. */
export interface BillView extends BillMeta {
  role: Role;
  permissions: BillAction[];
}

/** A new url-safe bill id (16 characters). */
export function newBillId(): string {
  return randomBytes(12).toString('base64url');
}

const view = (bill: BillRecord, role: Role): BillView => ({ ...bill, role, permissions: permissionsFor(role) });

export class BillService {
  constructor(
    private readonly storage: Storage,
    private readonly live: LiveDocs,
    private readonly templates?: BillTemplates,
  ) {}

  /**
   * The bill and the actor's role when the actor may do `action`. A bill the actor has no role on is
   * reported as not found (its existence is not revealed); a role that does not allow it, as forbidden.
   */
  async authorize(actor: PublicUser, billId: string, action: BillAction): Promise<BillView> {
    const [bill, role] = await Promise.all([this.storage.bills.get(billId), this.storage.members.get(billId, actor.id)]);
    if (!bill || !role) throw notFound('bill');
    if (!can(role, action)) throw new DomainError('forbidden', `your role (${role}) does not allow ${action}`);
    return view(bill, role);
  }

  /**
   * Creates a bill: empty, from `content`, or from a template (fresh pids; the template's language must be
   * `lang`). A bill made from a template keeps the template's guidance and alternatives, keyed by its pids.
   */
  async create(actor: PublicUser, input: { title: string; lang: BillLang; content?: BillJSON; templateId?: string }): Promise<BillView> {
    const id = newBillId();
    const made = input.templateId === undefined ? null : this.fromTemplate(input.templateId, input.title, input.lang);
    const content = made?.json ?? input.content ?? emptyBillJSON(input.title);
    let update: Uint8Array;
    try {
      update = billJSONToUpdate(content);
    } catch (err) {
      throw new DomainError('invalid', `bill content does not fit the bill schema: ${(err as Error).message}`);
    }
    const bill = await this.storage.bills.create({ id, title: input.title, lang: input.lang });
    await this.storage.members.set(id, actor.id, 'owner');
    const seq = await this.storage.docs.appendUpdate(id, update);
    await this.storage.docs.storeSnapshot(id, update, seq);
    if (made) {
      const { template, guidance, alternatives } = made;
      await this.storage.guidance.put(id, { templateId: template.id, templateVersion: template.version, guidance, alternatives });
    }
    const from = made ? { templateId: made.template.id, templateVersion: made.template.version } : {};
    await this.audit(actor, id, 'bill.created', { title: input.title, lang: input.lang, ...from });
    return view(bill, 'owner');
  }

  private fromTemplate(templateId: string, title: string, lang: BillLang) {
    const made = this.templates?.instantiate(templateId, title);
    if (!made) throw new DomainError('invalid', `unknown template "${templateId}" (GET /api/templates lists them)`);
    if (made.template.lang !== lang) {
      throw new DomainError(
        'invalid',
        `template "${templateId}" is written in ${made.template.lang} but lang is ${lang}: choose the ${lang} version of the template`,
      );
    }
    return made;
  }

  /** Drafting guidance and clause alternatives of a bill, keyed by pid (empty for a bill not made from a template). */
  async guidance(actor: PublicUser, id: string): Promise<BillGuidance> {
    await this.authorize(actor, id, 'bill.read');
    const record = await this.storage.guidance.get(id);
    if (!record) return { templateId: null, templateVersion: null, guidance: {}, alternatives: {} };
    return record;
  }

  /** The bills the actor has a role on, most recently changed first. */
  async list(actor: PublicUser): Promise<BillView[]> {
    const roles = await this.storage.members.rolesOf(actor.id);
    const bills = await this.storage.bills.list();
    return bills.flatMap((b) => {
      const role = roles.get(b.id);
      return role ? [view(b, role)] : [];
    });
  }

  get(actor: PublicUser, id: string): Promise<BillView> {
    return this.authorize(actor, id, 'bill.read');
  }

  async rename(actor: PublicUser, id: string, title: string): Promise<BillView> {
    const before = await this.authorize(actor, id, 'bill.rename');
    const bill = await this.storage.bills.update(id, { title });
    if (!bill) throw notFound('bill');
    await this.audit(actor, id, 'bill.renamed', { from: before.title, to: title });
    return view(bill, before.role);
  }

  async delete(actor: PublicUser, id: string): Promise<void> {
    const bill = await this.authorize(actor, id, 'bill.delete');
    await this.live.discardRoom(id, CloseCode.NotFound, 'bill deleted');
    await this.live.discardRoom(reviewRoomName(id), CloseCode.NotFound, 'bill deleted');
    if (!(await this.storage.bills.delete(id))) throw notFound('bill');
    await this.audit(actor, id, 'bill.deleted', { title: bill.title });
  }

  /** The current bill (live text when someone is editing) as JSON and numbered plain text. */
  async content(actor: PublicUser, id: string): Promise<BillContent> {
    const bill = await this.authorize(actor, id, 'bill.read');
    const json = stateToBillJSON(await this.live.readState(id));
    return { json, text: billToText(json, bill.lang) };
  }

  private async audit(actor: PublicUser, billId: string, action: string, detail: Record<string, unknown>) {
    await this.storage.audit.append({ billId, userId: actor.id, action, detail });
  }
}
