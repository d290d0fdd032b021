// The export endpoints of docs/export.md as URLs: flags are sent only when on, the live text is the default.
import type { BillLang } from '../../../core/bill';

/** The live text (every export's default), or a version id. */
export const CURRENT_TEXT = 'current';

/** What the draft PDF dialog asks for. */
export interface DraftPdfOptions {
  version: string;
  lineNumbers: boolean;
  watermark: boolean;
  findings: boolean;
}

/** 新旧対照表 (`table`) or one column with insertions and deletions marked (`redline`). */
export type CompareView = 'table' | 'redline';

/** What the comparison PDF dialog asks for. */
export interface ComparePdfOptions {
  from: string;
  to: string;
  view: CompareView;
  changedOnly: boolean;
}

/** What the server prints by default for a bill of this language (新旧対照表 for Japanese bills). */
export function defaultCompareView(lang: BillLang): CompareView {
  return lang === 'ja' ? 'table' : 'redline';
}

const billUrl = (billId: string) => `/api/bills/${encodeURIComponent(billId)}`;

function withQuery(path: string, params: Record<string, string | boolean | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === true) query.set(key, '1');
    else if (typeof value === 'string' && value) query.set(key, value);
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

const versionParam = (version: string) => (version === CURRENT_TEXT ? undefined : version);

export const exportUrls = {
  /** `GET /api/bills/:id/export.pdf`: the draft. */
  draftPdf: (billId: string, o: DraftPdfOptions) =>
    withQuery(`${billUrl(billId)}/export.pdf`, {
      version: versionParam(o.version),
      lineNumbers: o.lineNumbers,
      watermark: o.watermark,
      findings: o.findings,
    }),
  /** `GET /api/bills/:id/findings.pdf`: the findings report alone. */
  findingsPdf: (billId: string, version: string = CURRENT_TEXT) =>
    withQuery(`${billUrl(billId)}/findings.pdf`, { version: versionParam(version) }),
  /** `GET /api/bills/:id/compare.pdf`: two versions (or one and the live text) compared. */
  comparePdf: (billId: string, o: ComparePdfOptions) =>
    withQuery(`${billUrl(billId)}/compare.pdf`, {
      from: o.from,
      to: o.to,
      view: o.view,
      changedOnly: o.changedOnly,
    }),
  /** `GET /api/bills/:id/export.xml`: e-Gov 法令標準XML. */
  lawXml: (billId: string, version: string = CURRENT_TEXT) =>
    withQuery(`${billUrl(billId)}/export.xml`, { version: versionParam(version) }),
};
