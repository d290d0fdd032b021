// SQLite guidance store: one row per bill, the guidance and alternatives as JSON. The row goes with its
// bill (ON DELETE CASCADE).
import type Database from 'better-sqlite3';
import type { BillGuidanceRecord, GuidanceStore } from '../types';

type Row = { template_id: string; template_version: string; data: string };

export function sqliteGuidance(db: Database.Database): GuidanceStore {
  const q = {
    upsert: db.prepare(
      `INSERT INTO bill_guidance (bill_id, template_id, template_version, data, stored_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (bill_id) DO UPDATE SET template_id = excluded.template_id,
         template_version = excluded.template_version, data = excluded.data, stored_at = excluded.stored_at`,
    ),
    get: db.prepare<[string], Row>(
      'SELECT template_id, template_version, data FROM bill_guidance WHERE bill_id = ?',
    ),
  };
  return {
    async put(billId, record) {
      const data = JSON.stringify({ guidance: record.guidance, alternatives: record.alternatives });
      q.upsert.run(billId, record.templateId, record.templateVersion, data, new Date().toISOString());
    },
    async get(billId): Promise<BillGuidanceRecord | null> {
      const row = q.get.get(billId);
      if (!row) return null;
      const data = JSON.parse(row.data) as Pick<BillGuidanceRecord, 'guidance' | 'alternatives'>;
      return { templateId: row.template_id, templateVersion: row.template_version, ...data };
    },
  };
}
