import type { BillLang } from './types';

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
  json: import('./types').BillJSON;
  text: string;
}
