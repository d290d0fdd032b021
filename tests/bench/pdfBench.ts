// `npm run bench:pdf`: the draft PDF export (issue 8) of a generated bill of at least 100 pages, Japanese and
// English, with line numbers and the 案/DRAFT watermark on — rendered as the server renders it: a PdfRenderPool
// of one worker thread (PDF_WORKERS=1), started ahead of the first export as the server does at boot, the job
// posted as plain data and the PDF's bytes transferred back — against a baseline in the same run: pdfkit
// setting the same bill's plain text (billToText) in the same embedded font, with pdfkit's own wrapping and
// none of our layout. Also the Japanese draft on the event loop (PDF_WORKERS=0) and the 新旧対照表
// (renderComparePdf, in the worker) of the Japanese bill against a 5%-edited copy.
// Budget: a ≥100-page draft in under 3 s, both cold (the first export after boot) and warm (median). Each case
// runs in a fresh child process (node --expose-gc) so its memory figures are its own: peak RSS is the kernel's
// VmHWM of the whole process (worker thread included), reset (/proc/self/clear_refs) before each render.
// "loop max" is the longest the child's event loop was blocked during a render: what collaboration traffic
// would wait in the server.
// Also callable from the main bench runner as runPdfBench().
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { billToText } from '../../core/bill/text';
import type { BillJSON, BillLang } from '../../core/bill/types';
import { diffBills } from '../../core/diff/diffBills';
import type { BillDiff } from '../../core/diff/types';
import { portraitA4 } from '../../server/src/export/pdf/PageWriter';
import { PdfFonts } from '../../server/src/export/pdf/PdfFonts';
import type { PdfJob } from '../../server/src/export/pdf/renderJob';
import { PdfRenderPool } from '../../server/src/export/PdfRenderPool';
import { InProcessPdfRenderer, type PdfRenderer } from '../../server/src/export/PdfRenderer';
import { countProvisions, generateBill } from '../fixtures/diff/billGenerator';
import { seededRandom } from '../helpers/random';
import { benchPair } from './diffBench';
import { formatTable } from './formatTable';
import { hostCpuBetween, readHostCpu } from './hostCpu';
import { ticksPerSecond } from './procStats';

const budgetMs = 3000;
const minPages = 100;
const seed = 42;
const thisFile = fileURLToPath(import.meta.url);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(tmpdir(), 'billwright-bench');
/** A fixed date, so every run prints the same header. */
const printed = new Date('2025-06-01T00:00:00Z');

type CaseKind = 'draft' | 'baseline' | 'compare';

interface CaseSpec {
  kind: CaseKind;
  lang: BillLang;
  /** Drafts and comparisons: a worker thread (the server's default) or the event loop (PDF_WORKERS=0). */
  where?: 'worker' | 'event loop';
  /** Provisions of the generated bill (the same seed gives the same bill in every case). */
  provisions: number;
  /** Warm renders after the cold one. */
  runs: number;
}

interface RenderSample {
  ms: number;
  /** CPU time of the child process (all its threads) during the render: what a busy host cannot inflate much. */
  cpuMs: number;
  /** RSS right before the render (after a full GC). */
  rssBeforeKb: number;
  /** VmHWM after the render: the peak RSS during it when the reset worked, else the process's lifetime peak. */
  peakKb: number;
  /** Longest event-loop delay of the child during the render (ms): how long sockets would have waited. */
  loopMaxMs: number;
}

interface CaseResult {
  spec: CaseSpec;
  provisionCount: number;
  chars: number;
  pages: number;
  pagesBy: string;
  bytes: number;
  file: string;
  /**
   * Starting the renderer, as the server does at boot (PdfRenderer.start: worker thread, tsx in it, modules,
   * fonts, a one-page warm-up; on the event loop just the fonts); null for the baseline, which loads its fonts
   * inside its cold render.
   */
  startMs: number | null;
  /** The first render after start: the first export after the server starts. */
  cold: RenderSample;
  warm: RenderSample[];
  /** Whether /proc/self/clear_refs could reset VmHWM before each render. */
  peakReset: boolean;
  /** CPU time of the whole child (imports, input, every render). */
  processCpuMs: number;
  /** compare only: diffBills, which the route runs before rendering (not in the render time). */
  diffMs?: number;
  /** compare only: the diff's row counts. */
  summary?: BillDiff['summary'];
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const mb = (kb: number) => (kb / 1024).toFixed(1);
const fmtMs = (x: number) => x.toFixed(0);

// ---------------------------------------------------------------------------------------------------------
// Child side: one case, measured in its own process.

function procStatus(key: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0); false where /proc does not allow it. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const cpuMs = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The PDF's page count, read by poppler's pdfinfo when it is installed, else by counting page objects. */
function countPages(pdf: Buffer): { pages: number; by: string } {
  // pdfkit writes its objects uncompressed: one "/Type /Page" dictionary per page ("/Pages" is the tree).
  const objects = pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g)?.length ?? 0;
  const dir = mkdtempSync(join(tmpdir(), 'bw-pdf-bench-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    if (Number.isFinite(pages)) {
      if (pages !== objects)
        console.warn(`pdf bench: pdfinfo counts ${pages} pages, the page objects ${objects}`);
      return { pages, by: 'pdfinfo' };
    }
  } catch {
    // no poppler-utils: fall back to the page objects
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { pages: objects, by: 'page objects' };
}

/** The baseline: pdfkit flowing the plain text down A4 pages in the same font, size and row pitch — no layout of ours. */
function renderPlainPdf(fonts: PdfFonts, text: string): Promise<Buffer> {
  const g = portraitA4;
  const doc = new PDFDocument({
    size: g.size,
    margins: { top: g.top, bottom: g.bottom, left: g.left, right: g.size[0] - g.left - g.width },
    info: { Title: 'baseline', Creator: 'Billwright bench' },
  });
  doc.registerFont('serif', fonts.regular);
  doc.font('serif').fontSize(g.fontSize);
  doc.text(text, { width: g.width, lineGap: Math.max(0, g.rowHeight - doc.currentLineHeight(true)) });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

const titles: Record<BillLang, string> = { ja: '生成された法律案', en: 'Generated Bill' };

/** Builds the case's input (outside the measurement): the job the export route would hand the renderer. */
function prepare(spec: CaseSpec): {
  job: PdfJob | null;
  text: string;
  bill: BillJSON;
  diffMs?: number;
  summary?: BillDiff['summary'];
} {
  const { lang } = spec;
  if (spec.kind === 'compare') {
    // benchPair's `before` is the same bill as the draft case's (same seed, same generator call).
    const { before, after } = benchPair(spec.provisions, 0.05, seed);
    const t = performance.now();
    const diff = diffBills(before, after, lang);
    const diffMs = performance.now() - t;
    const job: PdfJob = {
      kind: 'compare',
      input: {
        diff,
        lang,
        title: titles[lang],
        fromLabel: lang === 'ja' ? '第一次案' : 'first draft',
        toLabel: lang === 'ja' ? '最新版' : 'current',
        date: printed,
        view: lang === 'ja' ? 'table' : 'redline',
        changedOnly: false,
        lineNumbers: true,
        watermark: true,
      },
    };
    return { job, text: '', bill: before, diffMs, summary: diff.summary };
  }
  const bill = generateBill(seededRandom(seed), lang, spec.provisions);
  if (spec.kind === 'baseline') return { job: null, text: billToText(bill, lang), bill };
  const job: PdfJob = {
    kind: 'draft',
    input: {
      json: bill,
      lang,
      title: titles[lang],
      versionLabel: lang === 'ja' ? '最新版' : 'current',
      date: printed,
      lineNumbers: true,
      watermark: true,
      content: 'draft',
    },
  };
  return { job, text: '', bill };
}

async function runCase(spec: CaseSpec): Promise<CaseResult> {
  const { job, text, bill, diffMs, summary } = prepare(spec);
  let peakReset = true;
  let last: Buffer = Buffer.alloc(0);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const turn = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const measure = async (fn: () => Promise<Buffer>): Promise<RenderSample> => {
    gc();
    // The monitor's timer must be armed before the render starts, or a blocked loop goes unrecorded.
    loop.reset();
    await turn(15);
    const rssBeforeKb = procStatus('VmRSS');
    peakReset = resetPeak() && peakReset;
    const cpu = process.cpuUsage();
    const t = performance.now();
    last = await fn();
    const ms = performance.now() - t;
    const used = cpuMs(process.cpuUsage(cpu));
    const peakKb = procStatus('VmHWM');
    // The delay of a blocked loop is recorded when the monitor's timer finally runs: give it that turn.
    await turn(20);
    return { ms, cpuMs: used, rssBeforeKb, peakKb, loopMaxMs: loop.count ? loop.max / 1e6 : 0 };
  };
  let startMs: number | null = null;
  let cold: RenderSample;
  const warm: RenderSample[] = [];
  if (!job) {
    // The baseline: fonts read inside its first render, like the old in-process export.
    let fonts: PdfFonts | null = null;
    cold = await measure(() => renderPlainPdf((fonts = PdfFonts.fromPackage()), text));
    for (let i = 0; i < spec.runs; i++) warm.push(await measure(() => renderPlainPdf(fonts as PdfFonts, text)));
  } else {
    // As the server: the renderer is started at boot (index.ts), then every export is a job.
    const renderer: PdfRenderer = spec.where === 'event loop' ? new InProcessPdfRenderer() : new PdfRenderPool({ size: 1, queueLimit: 0 });
    const t = performance.now();
    await renderer.start();
    startMs = performance.now() - t;
    cold = await measure(() => renderer.render(job));
    for (let i = 0; i < spec.runs; i++) warm.push(await measure(() => renderer.render(job)));
    await renderer.close();
  }
  loop.disable();
  const { pages, by } = countPages(last);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `pdf-${spec.kind}-${spec.lang}${spec.where === 'event loop' ? '-event-loop' : ''}.pdf`);
  writeFileSync(file, last);
  return {
    spec,
    provisionCount: countProvisions(bill),
    chars: billToText(bill, spec.lang).length,
    pages,
    pagesBy: by,
    bytes: last.length,
    file,
    startMs,
    cold,
    warm,
    peakReset,
    processCpuMs: cpuMs(process.cpuUsage()),
    ...(diffMs === undefined ? {} : { diffMs, summary }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Parent side: one child per case, then the table.

/** CPU used on the host by everything but the children, in cores, summed over the cases' children. */
const hostLoad = { otherCpuSeconds: 0, seconds: 0 };

async function runChild(spec: CaseSpec): Promise<CaseResult> {
  const host = readHostCpu();
  const t = performance.now();
  const result = await forkCase(spec);
  const { busyCores } = hostCpuBetween(host, readHostCpu(), (performance.now() - t) / 1000, ticksPerSecond);
  const seconds = (performance.now() - t) / 1000;
  hostLoad.otherCpuSeconds += Math.max(0, busyCores * seconds - result.processCpuMs / 1000);
  hostLoad.seconds += seconds;
  return result;
}

function forkCase(spec: CaseSpec): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(thisFile, [`--child=${JSON.stringify(spec)}`], {
      cwd: repoRoot,
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const kill = () => child.kill('SIGKILL');
    process.once('exit', kill);
    let result: CaseResult | null = null;
    child.on('message', (m) => (result = m as CaseResult));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.removeListener('exit', kill);
      if (code === 0 && result) resolve(result);
      else
        reject(
          new Error(
            `pdf bench child (${spec.kind} ${spec.lang}) exited with ${signal ?? code} without a result`,
          ),
        );
    });
  });
}

/** Runs a case; when its PDF has fewer than 100 pages (the layout changed), grows the bill and runs it again. */
async function runSized(spec: CaseSpec): Promise<CaseResult> {
  let current = spec;
  for (let attempt = 0; ; attempt++) {
    const result = await runChild(current);
    if (result.pages >= minPages || attempt === 2 || result.pages === 0) return result;
    const provisions = Math.ceil((current.provisions * minPages * 1.03) / result.pages);
    console.log(
      `  (${spec.kind} ${spec.lang}: ${result.pages} pages < ${minPages}; again with ${provisions} provisions)`,
    );
    current = { ...current, provisions };
  }
}

const labels: Record<CaseKind, (spec: CaseSpec) => string> = {
  draft: ({ lang, where }) => `draft ${lang}${where === 'event loop' ? ' (event loop)' : ''}`,
  baseline: ({ lang }) => `baseline ${lang}: pdfkit text`,
  compare: ({ lang }) => `compare ${lang} (${lang === 'ja' ? 'table' : 'redline'})`,
};
const labelOf = (spec: CaseSpec) => labels[spec.kind](spec);

/** The budget is the server's: drafts rendered in the worker (the event-loop run is for comparison). */
function verdictOf(r: CaseResult): { ok: boolean; text: string } {
  if (r.spec.kind !== 'draft' || r.spec.where === 'event loop') return { ok: true, text: '-' };
  if (r.pages < minPages) return { ok: false, text: `only ${r.pages} pages` };
  const ok = r.cold.ms < budgetMs && median(r.warm.map((s) => s.ms)) < budgetMs;
  return { ok, text: ok ? 'met' : 'NOT MET' };
}

/** Runs the PDF benchmark and prints the figures and whether the budget is met; resolves true when it is. */
export async function runPdfBench({ runs = 7, provisions = { ja: 3100, en: 2900 } } = {}): Promise<boolean> {
  const started = performance.now();
  Object.assign(hostLoad, { otherCpuSeconds: 0, seconds: 0 });
  console.log(
    `Billwright PDF bench: export of generated bills of ≥ ${minPages} pages, A4, line numbers + 案/DRAFT watermark on; ` +
      `1 cold + ${runs} warm renders per case, each case in a fresh child process; ` +
      `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'})`,
  );
  const draftJa = await runSized({ kind: 'draft', lang: 'ja', where: 'worker', provisions: provisions.ja, runs });
  // The baseline, the event-loop run and the comparison use the bill the Japanese draft needed for its 100 pages.
  const jaProvisions = draftJa.spec.provisions;
  const loopJa = await runChild({ kind: 'draft', lang: 'ja', where: 'event loop', provisions: jaProvisions, runs });
  const baselineJa = await runChild({ kind: 'baseline', lang: 'ja', provisions: jaProvisions, runs });
  const draftEn = await runSized({ kind: 'draft', lang: 'en', where: 'worker', provisions: provisions.en, runs });
  const compareJa = await runChild({ kind: 'compare', lang: 'ja', where: 'worker', provisions: jaProvisions, runs });
  const results = [draftJa, draftEn, loopJa, baselineJa, compareJa];

  const rows = results.map((r) => {
    const warm = r.warm.map((s) => s.ms);
    const samples = [r.cold, ...r.warm];
    const peak = Math.max(...samples.map((s) => s.peakKb));
    const growth = Math.max(...samples.map((s) => s.peakKb - s.rssBeforeKb));
    return [
      labelOf(r.spec),
      String(r.provisionCount),
      String(r.chars),
      String(r.pages),
      (r.bytes / 1024).toFixed(0),
      r.startMs === null ? '-' : fmtMs(r.startMs),
      fmtMs(r.cold.ms),
      fmtMs(r.cold.cpuMs),
      fmtMs(median(warm)),
      fmtMs(p95(warm)),
      fmtMs(median(r.warm.map((s) => s.cpuMs))),
      (median(warm) / Math.max(1, r.pages)).toFixed(2),
      fmtMs(Math.max(...samples.map((s) => s.loopMaxMs))),
      mb(peak),
      mb(growth),
      verdictOf(r).text,
    ];
  });
  console.log(
    formatTable(
      [
        'case',
        'provisions',
        'chars',
        'pages',
        'KB',
        'start ms',
        'cold ms',
        'cold CPU',
        'warm med ms',
        'warm p95 ms',
        'warm CPU',
        'ms/page',
        'loop max ms',
        'peak RSS MB',
        '+RSS MB',
        `< ${budgetMs} ms`,
      ],
      rows,
    ),
  );

  const perPage = (r: CaseResult) => median(r.warm.map((s) => s.ms)) / Math.max(1, r.pages);
  const reset = results.every((r) => r.peakReset);
  console.log(
    [
      `draft = renderDraftPdf, what GET /api/bills/:id/export.pdf?lineNumbers=1&watermark=1 renders, as the server renders it: ` +
        `a job posted to a PdfRenderPool of one worker thread (PDF_WORKERS=1), the PDF transferred back; (event loop) = the same ` +
        `with PDF_WORKERS=0; compare = renderComparePdf in the worker, the 新旧対照表 (A4 landscape, compare.pdf) of the Japanese ` +
        `bill vs. a 5%-edited copy, all rows; baseline = pdfkit flowing the same bill's plain text (billToText) in the same font, ` +
        `size and row pitch, with its own wrapping, on the event loop`,
      `our layout (kinsoku, justification, row grid, line numbers, watermark, headers) costs ` +
        `${(perPage(draftJa) / perPage(baselineJa)).toFixed(1)}x raw pdfkit per page ` +
        `(${perPage(draftJa).toFixed(2)} vs ${perPage(baselineJa).toFixed(2)} ms/page, warm medians)`,
      ...(compareJa.diffMs === undefined
        ? []
        : [
            `compare rows ${JSON.stringify(compareJa.summary)}; the route runs diffBills before rendering: ` +
              `${fmtMs(compareJa.diffMs)} ms (one run, not in the render time)`,
          ]),
      `start = PdfRenderer.start(), what the server does at boot before the first export (worker thread with tsx, modules, ` +
        `~15 MB of fonts, a few warm-up pages; on the event loop the fonts only): ` +
        `${fmtMs(draftJa.startMs ?? NaN)} ms for draft ja, so an export asked during boot takes start + cold ` +
        `(${fmtMs((draftJa.startMs ?? NaN) + draftJa.cold.ms)} ms); cold = the first render after that, the first export after boot ` +
        `(the baseline's includes reading its fonts); warm = the next ${runs} renders (p95 of ${runs} is their maximum); ` +
        `CPU = the child's CPU ms in the render, all threads (median for warm)`,
      `loop max = the longest the child's event loop was blocked during a render (monitorEventLoopDelay), highest over the case: ` +
        `how long every collaboration socket would wait; in the worker only posting the job and taking the bytes block it`,
      `peak RSS = VmHWM ${reset ? 'reset before each render (clear_refs)' : 'of the child (clear_refs unavailable: lifetime peak)'}, ` +
        `highest over the case; +RSS = that peak − RSS right before the render (after a GC), highest over the case; ` +
        `the children run node --import tsx (~33 MB of loader; the worker thread registers tsx again)`,
      `budget: a draft of ≥ ${minPages} pages in < ${budgetMs} ms, cold and warm median, rendered as the server does (worker)`,
    ]
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  const otherCores = hostLoad.otherCpuSeconds / Math.max(hostLoad.seconds, 1e-9);
  if (otherCores > 0.25) {
    console.log(
      `  warning: the host was busy with other work (${(otherCores * 100).toFixed(0)}% of a core on average outside the bench's children): ` +
        `wall times are inflated — compare the CPU column, and rerun on a quiet machine before trusting the verdict`,
    );
  }
  mkdirSync(outDir, { recursive: true });
  console.log(
    `  PDFs: ${outDir}/pdf-*.pdf; pages counted by ${draftJa.pagesBy}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  writeFileSync(
    join(outDir, 'pdf-latest.json'),
    JSON.stringify(
      { node: process.version, budgetMs, minPages, hostOtherCores: otherCores, results },
      null,
      2,
    ),
  );

  const failed = results.filter((r) => !verdictOf(r).ok);
  for (const r of failed) {
    console.log(
      `  budget NOT MET: ${labelOf(r.spec)} — ${r.pages} pages, cold ${fmtMs(r.cold.ms)} ms, warm median ${fmtMs(median(r.warm.map((s) => s.ms)))} ms (budget < ${budgetMs} ms for ≥ ${minPages} pages)` +
        (otherCores > 0.25 ? '; the host was busy (see the warning above)' : ''),
    );
  }
  return failed.length === 0;
}

if (process.argv[1] && thisFile === process.argv[1]) {
  const childArg = process.argv.find((a) => a.startsWith('--child='));
  if (childArg) {
    // A case's child process (forked by runChild): measure, send the result, exit.
    runCase(JSON.parse(childArg.slice('--child='.length)) as CaseSpec).then(
      (result) => {
        // Run by hand (e.g. under --cpu-prof) there is no parent to send to: print the figures.
        if (process.send) process.send(result, () => process.exit(0));
        else console.log(JSON.stringify(result));
      },
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  } else {
    runPdfBench().then(
      (ok) => (process.exitCode = ok ? 0 : 1),
      (err: unknown) => {
        console.error(err);
        process.exitCode = 1;
      },
    );
  }
}
