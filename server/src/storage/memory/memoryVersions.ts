// In-memory version store (same contract as SQLite). States are copied in and out, never shared.
import type { NewVersion, VersionRecord, VersionStore } from '../types';

type Row = VersionRecord & { state: Uint8Array };

export function memoryVersions(): VersionStore & { removeBill(billId: string): void } {
  // Per bill, oldest first (insertion order is the order of creation).
  const byBill = new Map<string, Row[]>();
  const meta = ({ state: _state, ...record }: Row): VersionRecord => ({ ...record });
  const find = (billId: string, id: string) => byBill.get(billId)?.find((r) => r.id === id);
  return {
    async create(version: NewVersion) {
      const row: Row = { ...version, state: version.state.slice(), createdAt: new Date().toISOString() };
      const rows = byBill.get(version.billId) ?? [];
      if (rows.some((r) => r.id === version.id)) throw new Error(`version ${version.id} exists`);
      rows.push(row);
      byBill.set(version.billId, rows);
      return meta(row);
    },
    async list(billId) {
      return (byBill.get(billId) ?? []).map(meta).reverse();
    },
    async get(billId, id) {
      const row = find(billId, id);
      return row ? meta(row) : null;
    },
    async state(billId, id) {
      return find(billId, id)?.state.slice() ?? null;
    },
    async pruneAuto(billId, keep) {
      const rows = byBill.get(billId) ?? [];
      const autos = rows.filter((r) => r.auto);
      const drop = new Set(autos.slice(0, Math.max(0, autos.length - keep)));
      if (drop.size) byBill.set(billId, rows.filter((r) => !drop.has(r)));
      return drop.size;
    },
    removeBill(billId) {
      byBill.delete(billId);
    },
  };
}
