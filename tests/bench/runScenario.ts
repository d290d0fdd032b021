// One scenario against one target: start the server, connect and sync N clients over R rooms, type at a
// steady rate through a warm-up and a measured window, wait for every edit to arrive, then tear down.
import { seededRandom } from '../helpers/random';
import { waitFor } from '../helpers/waitFor';
import type { BenchOptions, Scenario } from './benchOptions';
import { BenchClient } from './BenchClient';
import type { BenchTarget } from './BenchTarget';
import type { ChildRegistry } from './ChildRegistry';
import { DeliveryLedger } from './DeliveryLedger';
import { readProcStats } from './procStats';
import { RssSampler } from './RssSampler';
import { settledRss } from './settledRss';
import type { ScenarioResult } from './ScenarioResult';
import { summarize } from './summarize';
import { WindowMeter } from './WindowMeter';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runScenario(
  target: BenchTarget,
  scenario: Scenario,
  opts: Pick<BenchOptions, 'rate' | 'seconds' | 'warmup' | 'seed'>,
  registry: ChildRegistry,
  progress: (msg: string) => void,
): Promise<ScenarioResult> {
  const bootStart = Date.now();
  const running = await target.start(registry);
  const bootMs = Date.now() - bootStart;
  const clients: BenchClient[] = [];
  let sampler: RssSampler | null = null;
  let stopped = false;
  try {
    const rooms = await running.prepareRooms(scenario.rooms);
    const rssIdleKb = await settledRss(running.pid);
    const peakRssIdleKb = readProcStats(running.pid).hwmKb;
    sampler = new RssSampler(running.pid);
    const connectStart = Date.now();
    const roomOf = (i: number) => i % scenario.rooms;
    const roomSize = (r: number) =>
      Math.floor(scenario.clients / scenario.rooms) + (r < scenario.clients % scenario.rooms ? 1 : 0);
    const ledger = new DeliveryLedger(
      Array.from({ length: scenario.clients }, (_, i) => roomSize(roomOf(i)) - 1),
    );
    for (let i = 0; i < scenario.clients; i++) {
      const room = rooms[roomOf(i)];
      if (!room) throw new Error(`no room ${roomOf(i)}`);
      clients.push(new BenchClient(i, roomOf(i), room, (marker, at) => ledger.recordDelivery(marker, at)));
    }
    await waitFor(() => clients.every((c) => c.synced), {
      timeout: 30_000,
      message: `all ${scenario.clients} clients to sync (closes seen: ${clients.flatMap((c) => c.closeCodes).join(',') || 'none'})`,
    });
    for (let r = 0; r < scenario.rooms; r++) clients.find((c) => c.roomIndex === r)?.createSentence();
    await waitFor(() => clients.every((c) => c.findSentence()), {
      timeout: 30_000,
      message: 'every client to see its bench sentence',
    });
    const connectMs = Date.now() - connectStart;
    progress(
      `booted in ${bootMs} ms; ${scenario.clients} clients synced in ${scenario.rooms} rooms in ${connectMs} ms; warm-up ${opts.warmup} s, measuring ${opts.seconds} s`,
    );

    // Steady typing: one timer per client, start times spread over one period.
    const rng = seededRandom(opts.seed);
    const period = 1000 / opts.rate;
    const timers: NodeJS.Timeout[] = [];
    const starters = clients.map((c, i) =>
      setTimeout(
        () => {
          // The first edit, and one in 20 after it, puts the cursor somewhere else in the sentence.
          let placed = false;
          const type = () => {
            const jump = !placed || rng.next() < 0.05 ? rng.next() : null;
            placed = true;
            ledger.recordSend(c.edit(jump));
          };
          type();
          timers.push(setInterval(type, period));
        },
        (i / clients.length) * period,
      ),
    );

    await sleep(opts.warmup * 1000);
    const rssWindowStartKb = sampler.sample();
    const meter = new WindowMeter(running.pid);
    ledger.startWindow(meter.startedAt);

    await sleep(opts.seconds * 1000);
    starters.forEach(clearTimeout);
    timers.forEach(clearInterval);
    const usage = meter.stop();
    ledger.endWindow(usage.endedAt);
    const rssWindowEndKb = sampler.sample();
    const windowSeconds = usage.seconds;

    const drainStart = Date.now();
    await waitFor(() => ledger.missing <= 0, { timeout: 20_000, message: 'every edit to arrive' }).catch(
      () => false,
    );
    const drainMs = Date.now() - drainStart;
    const converged = await waitFor(() => roomsConverged(clients, scenario.rooms), { timeout: 5_000 }).catch(
      () => false,
    );
    const reconnects = clients.reduce((n, c) => n + c.closeCodes.length, 0);
    const peakRssKb = readProcStats(running.pid).hwmKb;
    const loadPeakRssKb = Math.max(...sampler.samples.map((s) => s.rssKb));
    const diskBytes = running.diskBytes();

    clients.forEach((c) => c.destroy());
    clients.length = 0;
    sampler.stop();
    stopped = true;
    const exit = await running.stop();
    return {
      target: target.name,
      label: target.label,
      scenario,
      rate: opts.rate,
      warmupSeconds: opts.warmup,
      windowSeconds,
      bootMs,
      connectMs,
      latency: summarize(ledger.latencies),
      timeline: ledger.timeline.summary(),
      sent: ledger.sent,
      sentMeasured: ledger.sentMeasured,
      expected: ledger.expected,
      delivered: ledger.delivered,
      missing: ledger.missing,
      duplicates: ledger.duplicates,
      unknown: ledger.unknown,
      sentPerSec: ledger.sentMeasured / windowSeconds,
      deliveredPerSec: ledger.deliveredInWindow / windowSeconds,
      drainMs,
      converged,
      reconnects,
      server: {
        ...usage.server,
        rssIdleKb,
        rssWindowStartKb,
        rssWindowEndKb,
        loadPeakRssKb,
        peakRssKb,
        peakRssIdleKb,
        diskBytes,
        rssSamples: sampler.samples,
        logLines: running.logLines(),
        exit,
      },
      loadGenerator: usage.loadGenerator,
      host: usage.host,
    };
  } finally {
    clients.forEach((c) => c.destroy());
    sampler?.stop();
    if (!stopped) await running.stop().catch(() => undefined);
  }
}

/** Every room's clients hold the same state and the same text. */
function roomsConverged(clients: readonly BenchClient[], rooms: number): boolean {
  for (let r = 0; r < rooms; r++) {
    const members = clients.filter((c) => c.roomIndex === r);
    const first = members[0];
    if (!first) continue;
    const key = first.stateKey();
    if (!members.every((c) => c.textLength === first.textLength && c.stateKey() === key)) return false;
  }
  return true;
}
