// The printed report: one table per scenario, a comparison table (ours / reference), then problems.
import type { ScenarioResult } from './ScenarioResult';
import { formatTable } from './formatTable';

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '-');
const mb = (kb: number) => (Number.isFinite(kb) ? (kb / 1024).toFixed(1) : '-');
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '-';
const scenarioKey = (r: ScenarioResult) => `${r.scenario.clients}x${r.scenario.rooms}`;

/** Per-scenario tables of every target's figures. */
export function formatScenario(results: ScenarioResult[]): string {
  const first = results[0];
  if (!first) return '';
  const { clients, rooms } = first.scenario;
  const head = `${clients} clients / ${rooms} rooms (${clients / rooms} per room), ${first.rate} edits/s each, ${first.warmupSeconds} s warm-up + ${first.windowSeconds.toFixed(1)} s measured`;
  const latency = formatTable(
    [
      'target',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'mean ms',
      'sent/s',
      'delivered/s',
      'delivered/expected',
      'drain ms',
    ],
    results.map((r) => [
      r.target,
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
      ms(r.latency.mean),
      r.sentPerSec.toFixed(0),
      r.deliveredPerSec.toFixed(0),
      `${r.delivered}/${r.expected}${r.missing ? ` MISSING ${r.missing}` : ''}`,
      String(r.drainMs),
    ]),
  );
  const server = formatTable(
    [
      'target',
      'srv CPU%',
      'srv CPU s',
      'RSS idle MB',
      'RSS start MB',
      'RSS end MB',
      'load peak MB',
      'VmHWM idle→end MB',
      'disk MB',
      'connect ms',
      'gen CPU%',
      'gen ELD p99 ms',
      'other CPU%',
      'steal%',
    ],
    results.map((r) => [
      r.target,
      r.server.cpuPercent.toFixed(1),
      r.server.cpuSeconds.toFixed(2),
      mb(r.server.rssIdleKb),
      mb(r.server.rssWindowStartKb),
      mb(r.server.rssWindowEndKb),
      mb(r.server.loadPeakRssKb),
      `${mb(r.server.peakRssIdleKb)}→${mb(r.server.peakRssKb)}`,
      (r.server.diskBytes / 1024 / 1024).toFixed(1),
      String(r.connectMs),
      r.loadGenerator.cpuPercent.toFixed(1),
      ms(r.loadGenerator.eventLoopDelayP99Ms),
      r.host.otherCpuPercent.toFixed(0),
      r.host.stealPercent.toFixed(1),
    ]),
  );
  return `\n== ${head}\n${latency}\n\n${server}`;
}

/** ours / reference for every scenario where both ran. */
export function formatComparison(results: ScenarioResult[]): string {
  const keys = [...new Set(results.map(scenarioKey))];
  const rows: string[][] = [];
  for (const key of keys) {
    const ours = results.find((r) => r.target === 'ours' && scenarioKey(r) === key);
    const ref = results.find((r) => r.target === 'reference' && scenarioKey(r) === key);
    if (!ours || !ref) continue;
    const growth = (r: ScenarioResult) => r.server.loadPeakRssKb - r.server.rssIdleKb;
    rows.push([
      key,
      `${ms(ours.latency.p50)} / ${ms(ref.latency.p50)} = ${ratio(ours.latency.p50, ref.latency.p50)}`,
      `${ms(ours.latency.p95)} / ${ms(ref.latency.p95)} = ${ratio(ours.latency.p95, ref.latency.p95)}`,
      `${ms(ours.latency.p99)} / ${ms(ref.latency.p99)} = ${ratio(ours.latency.p99, ref.latency.p99)}`,
      `${ours.server.cpuPercent.toFixed(1)} / ${ref.server.cpuPercent.toFixed(1)} = ${ratio(ours.server.cpuPercent, ref.server.cpuPercent)}`,
      `${mb(ours.server.peakRssKb)} / ${mb(ref.server.peakRssKb)} = ${ratio(ours.server.peakRssKb, ref.server.peakRssKb)}`,
      `${mb(ours.server.loadPeakRssKb)} / ${mb(ref.server.loadPeakRssKb)} = ${ratio(ours.server.loadPeakRssKb, ref.server.loadPeakRssKb)}`,
      `${mb(growth(ours))} / ${mb(growth(ref))} = ${ratio(growth(ours), growth(ref))}`,
    ]);
  }
  if (!rows.length) return '';
  return `\n== ours / reference (ratio > 1: ours is slower or bigger)\n${formatTable(
    [
      'scenario',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'server CPU %',
      'peak RSS (VmHWM) MB',
      'load peak RSS MB',
      'RSS growth MB (load peak - idle)',
    ],
    rows,
  )}`;
}

/** Everything that makes a run invalid (failures) or worth a look (warnings). */
export function findProblems(results: ScenarioResult[]): { failures: string[]; warnings: string[] } {
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const r of results) {
    const at = `${r.target} ${scenarioKey(r)}`;
    if (r.missing > 0) failures.push(`${at}: ${r.missing} of ${r.expected} deliveries never arrived`);
    if (r.duplicates > 0) failures.push(`${at}: ${r.duplicates} duplicate deliveries`);
    if (r.unknown > 0) failures.push(`${at}: ${r.unknown} markers nobody sent`);
    if (!r.converged) failures.push(`${at}: clients of a room did not converge`);
    if (r.latency.count === 0) failures.push(`${at}: no latency samples`);
    if (r.reconnects > 0)
      warnings.push(`${at}: clients saw ${r.reconnects} socket closes (reconnects) during the run`);
    if (r.server.exit.killed || (r.server.exit.code !== 0 && r.server.exit.signal !== 'SIGTERM')) {
      warnings.push(`${at}: server exit was not clean (${JSON.stringify(r.server.exit)})`);
    }
    const noisy = r.server.logLines.filter((l) => !/^running at /.test(l));
    if (noisy.length)
      warnings.push(
        `${at}: server logged ${noisy.length} lines, e.g.\n      ${noisy.slice(0, 5).join('\n      ')}`,
      );
    if (r.loadGenerator.cpuPercent > 85 || r.loadGenerator.eventLoopDelayP99Ms > 20) {
      warnings.push(
        `${at}: the load generator itself was busy (CPU ${r.loadGenerator.cpuPercent.toFixed(0)}%, event-loop delay p99 ${ms(r.loadGenerator.eventLoopDelayP99Ms)} ms): latencies include client-side queueing`,
      );
    }
    if (r.host.otherCpuPercent > 25 || r.host.stealPercent > 5) {
      warnings.push(
        `${at}: the host was busy with other work (${r.host.otherCpuPercent.toFixed(0)}% of a core outside the bench, steal ${r.host.stealPercent.toFixed(1)}%): tails are noisy, rerun on a quiet machine to compare`,
      );
    }
  }
  return { failures, warnings };
}
