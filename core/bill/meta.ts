import type { BillJSON, BillLang } from './types';

/** Bill metadata as the HTTP API returns it. */
export interface BillMeta {
  id: string;
  title: string;
  lang: BillLang;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/bills/:id/content`. */
export interface BillContent {
  json: BillJSON;
  text: string;
}
