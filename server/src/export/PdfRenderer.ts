// Where PDFs are rendered: a pool of worker threads (PdfRenderPool, the default), or the event loop itself
// (PDF_WORKERS=0: simpler to debug, but a 100-page render then stalls every socket for a second).
import { DomainError } from '../domain/errors';
import type { PdfFonts } from './pdf/PdfFonts';
import type { PdfJob } from './pdf/renderJob';

export interface PdfRenderStats {
  /** Worker threads alive (0 when rendering on the event loop). */
  workers: number;
  /** Jobs being rendered, including those whose client has gone (their result is dropped). */
  running: number;
  /** Jobs waiting for a worker. */
  queued: number;
}

export interface PdfRenderer {
  /** The PDF's bytes. Rejects with ExportCancelled when `signal` aborts first, with DomainError 'busy' when full. */
  render(job: PdfJob, signal?: AbortSignal): Promise<Buffer>;
  /** Throws DomainError 'busy' when a render asked now would be refused (checked before any other work). */
  assertCapacity(): void;
  /** Starts what rendering needs (workers, fonts) ahead of the first export. */
  start(): Promise<void>;
  stats(): PdfRenderStats;
  /** Stops: waiting and running jobs reject, workers are terminated. */
  close(): Promise<void>;
}

/** The export's HTTP client went away before its PDF was ready: nothing to send. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled: the client disconnected');
    this.name = 'ExportCancelled';
  }
}

/** Seconds a client is asked to wait when the PDF queue is full. */
export const busyRetryAfter = 5;

export const queueFull = (inFlight: number) =>
  new DomainError('busy', `too many PDF exports in progress (${inFlight}); try again in a few seconds`, busyRetryAfter);

/**
 * Renders on the calling thread, fonts loaded on the first PDF. The renderer (pdfkit, fontkit) is imported
 * here on first use, so a server rendering in workers never loads it on its main thread.
 */
export class InProcessPdfRenderer implements PdfRenderer {
  private loaded: Promise<{ fonts: PdfFonts; render: (fonts: PdfFonts, job: PdfJob) => Promise<Buffer> }> | null = null;
  private running = 0;

  async render(job: PdfJob, signal?: AbortSignal): Promise<Buffer> {
    if (signal?.aborted) throw new ExportCancelled();
    this.running++;
    try {
      const { fonts, render } = await this.load();
      return await render(fonts, job);
    } finally {
      this.running--;
    }
  }

  assertCapacity(): void {}

  async start(): Promise<void> {
    await this.load();
  }

  private load() {
    return (this.loaded ??= Promise.all([import('./pdf/PdfFonts'), import('./pdf/renderJob')]).then(([f, r]) => ({
      fonts: f.PdfFonts.fromPackage(),
      render: r.renderJob,
    })));
  }

  stats(): PdfRenderStats {
    return { workers: 0, running: this.running, queued: 0 };
  }

  async close(): Promise<void> {}
}
