// The PDF worker pool with fake workers (the real thread is exercised by the export integration tests): the
// bound on waiting jobs, cancellation of waiting and running jobs, dead workers, shutdown.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors';
import type { PdfJob } from './pdf/renderJob';
import type { WorkerReply, WorkerRequest } from './pdf/workerProtocol';
import { PdfRenderPool, type WorkerLike } from './PdfRenderPool';
import { ExportCancelled } from './PdfRenderer';

class FakeWorker extends EventEmitter implements WorkerLike {
  readonly requests: WorkerRequest[] = [];
  terminated = false;
  postMessage(m: WorkerRequest): void {
    this.requests.push(m);
  }
  async terminate(): Promise<number> {
    this.terminated = true;
    queueMicrotask(() => this.emit('exit', 1));
    return 1;
  }
  reply(m: WorkerReply): void {
    this.emit('message', m);
  }
  ready(): void {
    this.reply({ type: 'ready' });
  }
  finish(id: number, text = `pdf ${id}`): void {
    this.reply({ type: 'done', id, pdf: new Uint8Array(Buffer.from(text)) });
  }
}

function pool(size = 1, queueLimit = 1) {
  const workers: FakeWorker[] = [];
  const p = new PdfRenderPool({
    size,
    queueLimit,
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  return { p, workers, worker: (i = 0) => workers[i] as FakeWorker };
}

const job = (title: string): PdfJob =>
  ({ kind: 'draft', input: { json: { type: 'bill' }, lang: 'ja', title, versionLabel: '', date: new Date(0), lineNumbers: false, watermark: false, content: 'draft' } }) as PdfJob;

/** Settles on the next turns of the event loop (promise callbacks have run). */
const settled = async <T>(p: Promise<T>) => {
  let state: { ok: T } | { err: unknown } | null = null;
  p.then(
    (ok) => (state = { ok }),
    (err: unknown) => (state = { err }),
  );
  await new Promise((r) => setImmediate(r));
  return state as { ok: T } | { err: unknown } | null;
};

describe('PdfRenderPool', () => {
  it('starts a worker on the first job, sends it when the worker is ready, and returns the bytes', async () => {
    const { p, workers, worker } = pool();
    const pdf = p.render(job('a'));
    expect(workers).toHaveLength(1);
    expect(worker().requests).toHaveLength(0);
    worker().ready();
    expect(worker().requests.map((r) => (r.job.input as { title: string }).title)).toEqual(['a']);
    worker().finish(worker().requests[0]?.id as number, 'PDF-A');
    expect((await pdf).toString()).toBe('PDF-A');
    expect(p.stats()).toEqual({ workers: 1, running: 0, queued: 0 });
  });

  it('refuses beyond the workers and the queue with "busy" (503), before any work', async () => {
    const { p, worker } = pool(1, 1);
    const first = p.render(job('a'));
    worker().ready();
    const second = p.render(job('b'));
    expect(p.stats()).toEqual({ workers: 1, running: 1, queued: 1 });
    expect(() => p.assertCapacity()).toThrow(DomainError);
    const third = await settled(p.render(job('c')));
    expect(third && 'err' in third && third.err).toMatchObject({ code: 'busy', retryAfter: 5 });
    worker().finish(1);
    expect((await first).toString()).toBe('pdf 1');
    expect(worker().requests.map((r) => r.id)).toEqual([1, 2]);
    worker().finish(2);
    expect((await second).toString()).toBe('pdf 2');
  });

  it('drops a waiting job whose client left: it never reaches a worker', async () => {
    const { p, worker } = pool(1, 2);
    const first = p.render(job('a'));
    worker().ready();
    const ac = new AbortController();
    const waiting = p.render(job('b'), ac.signal);
    ac.abort();
    await expect(waiting).rejects.toBeInstanceOf(ExportCancelled);
    expect(p.stats().queued).toBe(0);
    worker().finish(1);
    await first;
    expect(worker().requests.map((r) => r.id)).toEqual([1]);
  });

  it('rejects a running job at once when its client leaves, and drops the worker’s answer when it comes', async () => {
    const { p, worker } = pool(1, 1);
    const ac = new AbortController();
    const running = p.render(job('a'), ac.signal);
    worker().ready();
    const next = p.render(job('b'));
    ac.abort();
    await expect(running).rejects.toBeInstanceOf(ExportCancelled);
    // The worker is still busy with it: it counts, and the next job waits.
    expect(p.stats()).toEqual({ workers: 1, running: 1, queued: 1 });
    worker().finish(1);
    expect(worker().requests.map((r) => r.id)).toEqual([1, 2]);
    worker().finish(2);
    expect((await next).toString()).toBe('pdf 2');
  });

  it('an aborted signal is refused before queueing', async () => {
    const { p, workers } = pool();
    const ac = new AbortController();
    ac.abort();
    await expect(p.render(job('a'), ac.signal)).rejects.toBeInstanceOf(ExportCancelled);
    expect(workers).toHaveLength(0);
  });

  it('fails the job of a worker that dies, and starts a new worker for the next one', async () => {
    const { p, workers, worker } = pool(1, 1);
    const a = p.render(job('a'));
    worker().ready();
    worker(0).emit('error', new Error('out of memory'));
    worker(0).emit('exit', 1);
    await expect(a).rejects.toThrow(/PDF worker stopped \(exit code 1\): out of memory/);
    const b = p.render(job('b'));
    expect(workers).toHaveLength(2);
    worker(1).ready();
    worker(1).finish(worker(1).requests[0]?.id as number);
    await expect(b).resolves.toBeInstanceOf(Buffer);
  });

  it('a worker that cannot start fails what waits for it instead of restarting in a loop', async () => {
    const { p, workers, worker } = pool(1, 3);
    const a = p.render(job('a'));
    const b = p.render(job('b'));
    worker().emit('error', new Error('Cannot find module'));
    worker().emit('exit', 1);
    await expect(a).rejects.toThrow(/failed to start.*Cannot find module/);
    await expect(b).rejects.toThrow(/failed to start/);
    expect(workers).toHaveLength(1);
    expect(p.stats()).toEqual({ workers: 0, running: 0, queued: 0 });
  });

  it('passes a render failure on as an error', async () => {
    const { p, worker } = pool();
    const a = p.render(job('a'));
    worker().ready();
    worker().reply({ type: 'failed', id: 1, message: 'bad bill', stack: 'Error: bad bill\n    at render' });
    await expect(a).rejects.toThrow('PDF render failed: bad bill');
  });

  it('start() starts every worker and resolves once they are ready', async () => {
    const { p, workers } = pool(2, 0);
    const started = p.start();
    expect(workers).toHaveLength(2);
    workers[0]?.ready();
    expect(await settled(started)).toBeNull();
    workers[1]?.ready();
    await expect(started).resolves.toBeUndefined();
  });

  it('close() fails waiting and running jobs and terminates the workers', async () => {
    const { p, worker } = pool(1, 1);
    const a = p.render(job('a'));
    worker().ready();
    const b = p.render(job('b'));
    await p.close();
    await expect(a).rejects.toThrow(/shutting down/);
    await expect(b).rejects.toThrow(/shutting down/);
    expect(worker().terminated).toBe(true);
    expect(p.stats()).toEqual({ workers: 0, running: 0, queued: 0 });
    await expect(p.render(job('c'))).rejects.toThrow(/closed/);
  });
});
