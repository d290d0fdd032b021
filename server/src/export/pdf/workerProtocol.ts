// Messages between PdfRenderPool and a PDF worker thread.
import type { PdfJob } from './renderJob';

/** Pool → worker: render this job. */
export interface WorkerRequest {
  id: number;
  job: PdfJob;
}

/** Worker → pool: ready after loading fonts, then one reply per job. */
export type WorkerReply =
  | { type: 'ready' }
  /** `warning`: once, when a face's shaper stopped composing (every line shaped by fontkit again: slower). */
  | { type: 'done'; id: number; pdf: Uint8Array; warning?: string }
  | { type: 'failed'; id: number; message: string; stack?: string };
