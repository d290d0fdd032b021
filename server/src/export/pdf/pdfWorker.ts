// A PDF worker thread: loads the fonts once, then renders jobs posted by PdfRenderPool one at a time and
// transfers each PDF's bytes back, so a long render never blocks the server's event loop. Started through
// pdfWorker.mjs, which registers tsx for this thread.
import { parentPort } from 'node:worker_threads';
import { PdfFonts } from './PdfFonts';
import { renderJob, warmUp } from './renderJob';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('pdfWorker.ts runs as a worker thread (see PdfRenderPool)');

const fonts = PdfFonts.fromPackage();
await warmUp(fonts);

const reply = (m: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

/** Said once: a face whose shaper stopped composing lines (still correct, as slow as shaping every line). */
let warned = false;
function shapingWarning(): string | undefined {
  if (warned) return undefined;
  const off = [false, true].map((bold) => fonts.shaper(bold).status()).find((s) => !s.composing);
  if (!off) return undefined;
  warned = true;
  return `PDF text shaping fell back to fontkit for every word: ${off.reason ?? 'unknown reason'}`;
}

port.on('message', async ({ id, job }: WorkerRequest) => {
  try {
    const pdf = await renderJob(fonts, job);
    // Transfer (not copy) the bytes: a Buffer that owns its whole ArrayBuffer, or a copy that does.
    const bytes = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : new Uint8Array(pdf);
    reply({ type: 'done', id, pdf: bytes, warning: shapingWarning() }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    reply({ type: 'failed', id, message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined });
  }
});
reply({ type: 'ready' });
