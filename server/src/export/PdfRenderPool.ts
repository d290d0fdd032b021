// PDF rendering off the event loop: a small pool of worker threads (PDF_WORKERS, 1 by default), each with the
// fonts loaded once, rendering one job at a time from plain data and transferring the PDF's bytes back. While a
// 100-page bill renders (about a second of CPU), the server keeps relaying collaboration traffic.
//
// - Bounded: at most `size` jobs render and `queueLimit` wait; beyond that render() refuses at once with
//   DomainError 'busy' (503 with Retry-After), so a flood of exports never piles up memory.
// - Cancellation: when the caller's signal aborts (the HTTP client went away) a waiting job leaves the queue;
//   a running one cannot be interrupted, so it finishes and its result is dropped (it still counts as running
//   until then, keeping the bound honest).
// - A worker that dies fails its job (500) and is replaced on the next job; one that fails while starting
//   fails the jobs waiting for it rather than being restarted in a loop.
// - close() rejects what is waiting or running and terminates the workers.
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import type { PdfJob } from './pdf/renderJob';
import type { WorkerReply, WorkerRequest } from './pdf/workerProtocol';
import { ExportCancelled, queueFull, type PdfRenderer, type PdfRenderStats } from './PdfRenderer';

/** The part of a worker_threads Worker the pool uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(value: WorkerRequest): void;
  on(event: 'message', listener: (m: WorkerReply) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface PdfPoolOptions {
  /** Worker threads (at least 1). */
  size: number;
  /** Jobs that may wait for a worker, beyond those rendering. */
  queueLimit: number;
  log?: Logger;
  spawn?: () => WorkerLike;
}

interface Job {
  id: number;
  job: PdfJob;
  resolve: (pdf: Buffer) => void;
  reject: (err: Error) => void;
  /** Settled already (cancelled while rendering: the worker's answer is dropped). */
  settled: boolean;
  detach: () => void;
}

interface Slot {
  worker: WorkerLike;
  ready: boolean;
  job: Job | null;
  lastError: Error | null;
}

/** The worker's entry: a .mjs shim that registers tsx in the thread, then loads pdfWorker.ts. */
const workerEntry = new URL('./pdf/pdfWorker.mjs', import.meta.url);

export function spawnPdfWorker(): WorkerLike {
  // No inherited execArgv: the parent's tsx flags do not work in a worker; the shim registers tsx itself.
  const worker = new Worker(workerEntry, { execArgv: [], name: 'billwright-pdf' });
  // An idle worker never keeps the process alive; a job in flight has its HTTP request doing that.
  worker.unref();
  return worker;
}

export class PdfRenderPool implements PdfRenderer {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly readyWaiters: { resolve: () => void; reject: (err: Error) => void }[] = [];
  private nextId = 1;
  private closed = false;
  private readonly size: number;
  private readonly spawnWorker: () => WorkerLike;

  constructor(private readonly opts: PdfPoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size));
    this.spawnWorker = opts.spawn ?? spawnPdfWorker;
  }

  render(job: PdfJob, signal?: AbortSignal): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('PDF renderer is closed'));
    if (signal?.aborted) return Promise.reject(new ExportCancelled());
    try {
      this.assertCapacity();
    } catch (err) {
      return Promise.reject(err as Error);
    }
    return new Promise<Buffer>((resolve, reject) => {
      const onAbort = () => this.cancel(j);
      const j: Job = {
        id: this.nextId++,
        job,
        resolve,
        reject,
        settled: false,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(j);
      this.pump();
    });
  }

  assertCapacity(): void {
    const inFlight = this.running() + this.queue.length;
    if (inFlight >= this.size + this.opts.queueLimit) throw queueFull(inFlight);
  }

  /** Starts every worker now (the server does at boot); resolves when they have loaded the fonts. */
  start(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('PDF renderer is closed'));
    while (this.slots.length < this.size) this.spawn();
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  stats(): PdfRenderStats {
    return { workers: this.slots.length, running: this.running(), queued: this.queue.length };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopped = new Error('PDF renderer closed: the server is shutting down');
    for (const j of this.queue.splice(0)) this.settle(j, stopped);
    for (const s of this.slots) if (s.job) this.settle(s.job, stopped);
    this.settleStart(stopped);
    const workers = this.slots.splice(0).map((s) => s.worker);
    await Promise.all(workers.map((w) => w.terminate().catch(() => 0)));
  }

  private running(): number {
    return this.slots.filter((s) => s.job).length;
  }

  private spawn(): void {
    const slot: Slot = { worker: this.spawnWorker(), ready: false, job: null, lastError: null };
    this.slots.push(slot);
    slot.worker.on('message', (m) => this.onMessage(slot, m));
    slot.worker.on('error', (err) => {
      slot.lastError = err;
      this.opts.log?.error('PDF worker error', { err: String(err), stack: err.stack });
    });
    slot.worker.on('exit', (code) => this.onExit(slot, code));
  }

  /** Hands waiting jobs to idle workers, starting workers (up to `size`) for jobs nobody will take soon. */
  private pump(): void {
    if (this.closed) return;
    for (;;) {
      const j = this.queue[0];
      if (!j) return;
      const idle = this.slots.find((s) => s.ready && !s.job);
      if (!idle) {
        const starting = this.slots.filter((s) => !s.ready).length;
        if (starting < this.queue.length && this.slots.length < this.size) {
          this.spawn();
          continue;
        }
        return;
      }
      this.queue.shift();
      idle.job = j;
      try {
        idle.worker.postMessage({ id: j.id, job: j.job });
      } catch (err) {
        // Not structured-cloneable: a bug in the caller, not the worker's fault.
        idle.job = null;
        this.settle(j, err as Error);
      }
    }
  }

  private onMessage(slot: Slot, m: WorkerReply): void {
    if (m.type === 'ready') {
      slot.ready = true;
      if (this.slots.every((s) => s.ready)) this.settleStart(null);
      this.pump();
      return;
    }
    const j = slot.job;
    if (!j || j.id !== m.id) {
      this.opts.log?.warn('PDF worker answered a job it was not given', { id: m.id });
      return;
    }
    slot.job = null;
    if (m.type === 'done' && m.warning) this.opts.log?.warn(m.warning);
    if (m.type === 'done') this.settle(j, null, Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
    else this.settle(j, Object.assign(new Error(`PDF render failed: ${m.message}`), { stack: m.stack }));
    this.pump();
  }

  private onExit(slot: Slot, code: number): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return; // terminated by close()
    this.slots.splice(at, 1);
    const why = slot.lastError ? `: ${slot.lastError.message}` : '';
    if (slot.job) this.settle(slot.job, new Error(`PDF worker stopped (exit code ${code})${why}`));
    if (!slot.ready) {
      // Failed while starting (fonts missing, a broken import): fail what waits instead of retrying forever.
      const failed = new Error(`PDF worker failed to start (exit code ${code})${why}`);
      this.opts.log?.error('PDF worker failed to start', { code, err: slot.lastError?.message });
      for (const j of this.queue.splice(0)) this.settle(j, failed);
      this.settleStart(failed);
      return;
    }
    this.opts.log?.warn('PDF worker stopped', { code });
    this.pump();
  }

  private cancel(j: Job): void {
    const queued = this.queue.indexOf(j);
    if (queued >= 0) this.queue.splice(queued, 1);
    this.settle(j, new ExportCancelled());
  }

  private settle(j: Job, err: Error | null, pdf?: Buffer): void {
    if (j.settled) return;
    j.settled = true;
    j.detach();
    if (err) j.reject(err);
    else j.resolve(pdf as Buffer);
  }

  private settleStart(err: Error | null): void {
    for (const w of this.readyWaiters.splice(0)) {
      if (err) w.reject(err);
      else w.resolve();
    }
  }
}
