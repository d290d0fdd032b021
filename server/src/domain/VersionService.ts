// Named and automatic versions of a bill, restore, and structure-aware comparison (DESIGN.md §7).
// Every method takes the acting user; access is decided by the policy table. No express, no ws.
import * as Y from 'yjs';
import type { PublicUser } from '../../../core/auth/roles';
import { billToText } from '../../../core/bill/text';
import type { BillJSON } from '../../../core/bill/types';
import { diffBills } from '../../../core/diff/diffBills';
import type { RoomHandle } from '../collab/types';
import type { Storage, VersionRecord } from '../storage/types';
import type { BillService } from './BillService';
import { stateToBillJSON } from './billContent';
import { DomainError, notFound } from './errors';
import { newVersionId, recordAutoVersion, type ClientAutoReason } from './versionAuto';
import { replaceContent, toVersionState, versionJSON } from './versionContent';
import { presentVersion, presentVersions, type VersionComparison, type VersionContent, type VersionView } from './versionViews';

/** What the version service needs from the collaboration layer. */
export interface LiveVersionDocs {
  /** The current state (update v1) of a bill's document, live when someone is editing. */
  readState(name: string): Promise<Uint8Array>;
  /** Runs a server-side change through the live room, so every connected client gets it. */
  withRoom<T>(name: string, fn: (room: RoomHandle) => T): Promise<T>;
  /** The current state once it holds everything in a client's `Y.snapshot` (waiting up to `timeoutMs`); null if it did not. */
  readStateCovering(name: string, seen: Y.Snapshot, timeoutMs: number): Promise<Uint8Array | null>;
}

export interface VersionOptions {
  /** Automatic versions kept per bill. */
  autoKeep: number;
  /** How long a client's request for an automatic version waits for that client's last edits to arrive. */
  catchUpMs?: number;
}

/** What a client sends when it asks for an automatic version before it replaces text. */
export interface AutoVersionRequest {
  reason: ClientAutoReason;
  /** The client's `Y.snapshot`: the version must include everything it had, its own last edits too. */
  seen?: Y.Snapshot;
}

export class VersionService {
  constructor(
    private readonly storage: Storage,
    private readonly bills: BillService,
    private readonly live: LiveVersionDocs,
    private readonly opts: VersionOptions,
  ) {}

  /** The bill's versions, newest first. */
  async list(actor: PublicUser, billId: string): Promise<VersionView[]> {
    await this.bills.authorize(actor, billId, 'version.read');
    return presentVersions(this.storage.users, await this.storage.versions.list(billId));
  }

  /** Stores the live document as a named version. */
  async create(actor: PublicUser, billId: string, input: { label: string; note?: string }): Promise<VersionView> {
    await this.bills.authorize(actor, billId, 'version.create');
    const state = toVersionState(await this.live.readState(billId));
    const version = await this.storage.versions.create({
      id: newVersionId(),
      billId,
      label: input.label,
      note: input.note ?? '',
      authorId: actor.id,
      auto: false,
      reason: null,
      state,
    });
    await this.audit(actor, billId, 'version.created', { versionId: version.id, label: version.label, auto: false });
    return presentVersion(this.storage.users, version);
  }

  /** A version's content, read-only: bill JSON and numbered text. */
  async content(actor: PublicUser, billId: string, versionId: string): Promise<VersionContent> {
    const bill = await this.bills.authorize(actor, billId, 'version.read');
    const [version, json] = await this.load(billId, versionId);
    return { version: await presentVersion(this.storage.users, version), json, text: billToText(json, bill.lang) };
  }

  /**
   * Makes the live content equal to the version's, as ONE new change on top (history is never rewritten),
   * applied through the live room. The state just before is kept as an automatic version first.
   */
  async restore(actor: PublicUser, billId: string, versionId: string): Promise<{ restored: VersionView; backup: VersionView | null }> {
    await this.bills.authorize(actor, billId, 'version.restore');
    const [version, json] = await this.load(billId, versionId);
    // Read the state and apply the version in one synchronous step: no edit can slip in between.
    const before = await this.live.withRoom(billId, (room) => {
      const state = Y.encodeStateAsUpdate(room.doc);
      replaceContent(room.doc, json, { kind: 'server', reason: 'version.restore' });
      return state;
    });
    const backup = await recordAutoVersion(this.storage, {
      billId,
      state: before,
      reason: 'restore',
      authorId: actor.id,
      note: `before restoring “${version.label}”`,
      keep: this.opts.autoKeep,
    });
    await this.audit(actor, billId, 'version.restored', { versionId, label: version.label, backupVersionId: backup?.id ?? null });
    const users = this.storage.users;
    return { restored: await presentVersion(users, version), backup: backup ? await presentVersion(users, backup) : null };
  }

  /** Compares two versions of the bill, or a version with the live text (`current`). */
  async compare(actor: PublicUser, billId: string, from: string, to: string): Promise<VersionComparison> {
    const bill = await this.bills.authorize(actor, billId, 'version.read');
    const side = async (id: string): Promise<[VersionRecord | null, BillJSON]> =>
      id === 'current' ? [null, stateToBillJSON(await this.live.readState(billId))] : this.load(billId, id);
    const [[fromVersion, fromJSON], [toVersion, toJSON]] = await Promise.all([side(from), side(to)]);
    const view = (v: VersionRecord | null) => (v ? presentVersion(this.storage.users, v) : null);
    return { from: await view(fromVersion), to: await view(toVersion), ...diffBills(fromJSON, toJSON, bill.lang) };
  }

  /**
   * Takes an automatic version of the live document (server features call this, e.g. before exports; clients
   * go through `snapshotBefore`). Null when the newest version already has this content.
   */
  async snapshotAuto(billId: string, reason: string, actor: PublicUser | null = null): Promise<VersionView | null> {
    const state = await this.live.readState(billId);
    const version = await recordAutoVersion(this.storage, { billId, state, reason, authorId: actor?.id ?? null, keep: this.opts.autoKeep });
    return version ? presentVersion(this.storage.users, version) : null;
  }

  /**
   * An automatic version of the live text, asked for by an editor's client right before it replaces text
   * (a clause alternative swap …). With `seen`, the version waits for that client's last edits to reach the
   * room, so it holds exactly the text the drafter saw; a conflict when they do not arrive in time. The
   * version is null when the newest version already has this content (nothing piles up).
   */
  async snapshotBefore(actor: PublicUser, billId: string, input: AutoVersionRequest): Promise<VersionView | null> {
    await this.bills.authorize(actor, billId, 'version.create');
    const state = input.seen
      ? await this.live.readStateCovering(billId, input.seen, this.opts.catchUpMs ?? 5_000)
      : await this.live.readState(billId);
    if (!state) throw new DomainError('conflict', 'your latest changes have not reached the server yet; try again once you are connected');
    const version = await recordAutoVersion(this.storage, { billId, state, reason: input.reason, authorId: actor.id, keep: this.opts.autoKeep });
    return version ? presentVersion(this.storage.users, version) : null;
  }

  /** A version of this bill and its content; another bill's version is not found. */
  private async load(billId: string, versionId: string): Promise<[VersionRecord, BillJSON]> {
    const [version, state] = await Promise.all([this.storage.versions.get(billId, versionId), this.storage.versions.state(billId, versionId)]);
    if (!version || !state) throw notFound('version');
    return [version, versionJSON(state)];
  }

  private async audit(actor: PublicUser, billId: string, action: string, detail: Record<string, unknown>) {
    await this.storage.audit.append({ billId, userId: actor.id, action, detail });
  }
}
