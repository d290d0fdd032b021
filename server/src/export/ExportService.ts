// Export use cases: the draft PDF (with or without the findings report), the findings report alone, the
// comparison PDF and 法令標準XML, of the live text or of a saved version. Each checks the 'export' policy,
// keeps an automatic version of the live text it exports, and records `bill.exported` in the audit trail.
import type { PublicUser } from '../../../core/auth/roles';
import type { BillJSON } from '../../../core/bill/types';
import type { RuleSet } from '../../../core/rules/compileRules';
import { reportRow } from '../../../core/rules/reportRow';
import { RuleEngine } from '../../../core/rules/RuleEngine';
import type { BillService, BillView } from '../domain/BillService';
import type { ReviewWaivers } from '../domain/reviewWaivers';
import type { VersionService } from '../domain/VersionService';
import type { Storage } from '../storage/types';
import { downloadName } from './downloadName';
import { isoDate } from './exportDate';
import type { FindingsReport } from './pdf/findingsBlocks';
import type { ComparePdfInput } from './pdf/renderComparePdf';
import type { PdfJob } from './pdf/renderJob';
import type { PdfRenderer } from './PdfRenderer';
import { billToLawXml } from './xml/billToLawXml';

/** A file to send: bytes, media type, download name, and how long it took to make. */
export interface ExportFile {
  body: Buffer;
  contentType: string;
  filename: string;
  renderMs: number;
}

export interface ExportDeps {
  storage: Pick<Storage, 'audit'>;
  bills: Pick<BillService, 'authorize' | 'content'>;
  versions: Pick<VersionService, 'content' | 'compare' | 'snapshotAuto'>;
  waivers?: Pick<ReviewWaivers, 'markWaived'>;
  rules: RuleSet;
  /** Renders PDFs from plain data: worker threads (PdfRenderPool), or the event loop (InProcessPdfRenderer). */
  pdf: PdfRenderer;
  now?: () => Date;
}

/** Per call: `signal` aborts when the requester went away (a PDF's result is then dropped, nothing audited). */
export interface ExportCall {
  signal?: AbortSignal;
}

export interface DraftOptions {
  version?: string;
  lineNumbers: boolean;
  watermark: boolean;
  findings: boolean;
}

export type CompareOptions = Pick<ComparePdfInput, 'changedOnly' | 'lineNumbers' | 'watermark'> & {
  from: string;
  to: string;
  view?: ComparePdfInput['view'];
};

/** What the audit entry says was exported. */
interface Exported {
  billId: string;
  /** 'current', a version id, or from..to for a comparison. */
  version: string;
  /** The automatic version taken of the live text (null: the newest version already had it). */
  snapshot: string | null;
}

interface Source extends Exported {
  bill: BillView;
  json: BillJSON;
  /** The version's label, or 最新版 / current for the live text. */
  label: string;
}

const currentLabel = (lang: 'ja' | 'en') => (lang === 'ja' ? '最新版' : 'current');
const isCurrent = (v: string | undefined) => v === undefined || v === 'current';
const pdf = 'application/pdf';

export class ExportService {
  constructor(private readonly deps: ExportDeps) {}

  async draftPdf(actor: PublicUser, billId: string, opts: DraftOptions, call: ExportCall = {}): Promise<ExportFile> {
    const src = await this.source(actor, billId, opts.version, true);
    const findings = opts.findings ? await this.findings(src) : undefined;
    const content = opts.findings ? 'draft+findings' : 'draft';
    return this.finish(actor, src, 'pdf', pdf, [src.bill.title, this.versionPart(src)], (date) =>
      this.renderPdf({ kind: 'draft', input: { ...this.meta(src, date), lineNumbers: opts.lineNumbers, watermark: opts.watermark, content, findings } }, call),
    );
  }

  async findingsPdf(actor: PublicUser, billId: string, version?: string, call: ExportCall = {}): Promise<ExportFile> {
    const src = await this.source(actor, billId, version, true);
    const findings = await this.findings(src);
    const part = src.bill.lang === 'ja' ? '法的リスク指摘' : 'findings';
    return this.finish(actor, src, 'findings-pdf', pdf, [src.bill.title, part, this.versionPart(src)], (date) =>
      this.renderPdf({ kind: 'draft', input: { ...this.meta(src, date), lineNumbers: false, watermark: false, content: 'findings', findings } }, call),
    );
  }

  async lawXml(actor: PublicUser, billId: string, version?: string): Promise<ExportFile> {
    const src = await this.source(actor, billId, version);
    return this.finish(actor, src, 'xml', 'application/xml; charset=utf-8', [src.bill.title, this.versionPart(src)], async (date) =>
      Buffer.from(billToLawXml(src.json, src.bill.lang, date), 'utf8'),
    );
  }

  async comparePdf(actor: PublicUser, billId: string, opts: CompareOptions, call: ExportCall = {}): Promise<ExportFile> {
    const bill = await this.deps.bills.authorize(actor, billId, 'export');
    this.deps.pdf.assertCapacity();
    const cmp = await this.deps.versions.compare(actor, billId, opts.from, opts.to);
    const label = (v: { label: string } | null) => v?.label ?? currentLabel(bill.lang);
    const snapshot = isCurrent(opts.from) || isCurrent(opts.to) ? await this.snapshot(actor, billId) : null;
    const exported = { billId, version: `${opts.from}..${opts.to}`, snapshot };
    const part = bill.lang === 'ja' ? '新旧対照表' : 'comparison';
    return this.finish(actor, exported, 'compare-pdf', pdf, [bill.title, part], (date) =>
      this.renderPdf(
        {
          kind: 'compare',
          input: {
            changedOnly: opts.changedOnly,
            lineNumbers: opts.lineNumbers,
            watermark: opts.watermark,
            diff: { lang: cmp.lang, rows: cmp.rows, summary: cmp.summary },
            lang: bill.lang,
            title: bill.title,
            fromLabel: label(cmp.from),
            toLabel: label(cmp.to),
            date,
            view: opts.view ?? (bill.lang === 'ja' ? 'table' : 'redline'),
          },
        },
        call,
      ),
    );
  }

  /** A PDF from the renderer; a cancelled one (the requester left) rejects with ExportCancelled. */
  private renderPdf(job: PdfJob, call: ExportCall): Promise<Buffer> {
    return this.deps.pdf.render(job, call.signal);
  }

  /**
   * The bill (export policy) and the content to export: the live text, or a saved version's. A PDF export
   * with a full render queue is refused here, after authorization and before any version is kept.
   */
  private async source(actor: PublicUser, billId: string, version: string | undefined, isPdf = false): Promise<Source> {
    const bill = await this.deps.bills.authorize(actor, billId, 'export');
    if (isPdf) this.deps.pdf.assertCapacity();
    if (isCurrent(version)) {
      const snapshot = await this.snapshot(actor, billId);
      const { json } = await this.deps.bills.content(actor, billId);
      return { billId, bill, json, label: currentLabel(bill.lang), version: 'current', snapshot };
    }
    const v = await this.deps.versions.content(actor, billId, version as string);
    return { billId, bill, json: v.json, label: v.version.label, version: v.version.id, snapshot: null };
  }

  // Exporting the live text keeps it as an automatic version (none when the newest version is the same).
  private async snapshot(actor: PublicUser, billId: string): Promise<string | null> {
    return (await this.deps.versions.snapshotAuto(billId, 'export', actor))?.id ?? null;
  }

  private async findings(src: Source): Promise<FindingsReport> {
    const found = new RuleEngine(this.deps.rules).lintBill(src.json, src.bill.lang);
    const rows = (status: 'open' | 'addressed') => found.filter((f) => f.status === status).map((f) => reportRow(f, { file: null, kind: 'bill' }));
    const report = { findings: rows('open'), addressed: rows('addressed') };
    return this.deps.waivers ? this.deps.waivers.markWaived(src.bill.id, src.json, src.bill.lang, report) : report;
  }

  private meta(src: Source, date: Date) {
    return { json: src.json, lang: src.bill.lang, title: src.bill.title, versionLabel: src.label, date };
  }

  private versionPart(src: Source): string {
    return src.version === 'current' ? '' : src.label;
  }

  private async finish(
    actor: PublicUser,
    exported: Exported,
    format: string,
    contentType: string,
    nameParts: string[],
    render: (date: Date) => Promise<Buffer>,
  ): Promise<ExportFile> {
    const date = this.deps.now?.() ?? new Date();
    const started = performance.now();
    const body = await render(date);
    const renderMs = Math.round(performance.now() - started);
    const ext = format === 'xml' ? 'xml' : 'pdf';
    await this.deps.storage.audit.append({
      billId: exported.billId,
      userId: actor.id,
      action: 'bill.exported',
      detail: { format, version: exported.version, snapshotVersionId: exported.snapshot, bytes: body.length, renderMs },
    });
    return { body, contentType, filename: downloadName(nameParts, isoDate(date), ext), renderMs };
  }
}
