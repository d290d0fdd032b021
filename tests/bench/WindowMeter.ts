// Resource use over the measured window: the server's CPU (from /proc), the load generator's own CPU and
// event-loop delay, and what the rest of the host did meanwhile.
import { cpus } from 'node:os';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { preciseNow } from './editMarker';
import { hostCpuBetween, readHostCpu, type HostCpuSample } from './hostCpu';
import { readProcStats, ticksPerSecond, type ProcStats } from './procStats';

const ELD_RESOLUTION_MS = 10;

export interface WindowUsage {
  /** Window bounds as preciseNow() times, and its length. */
  endedAt: number;
  seconds: number;
  server: { cpuSeconds: number; cpuPercent: number };
  loadGenerator: { cpuPercent: number; eventLoopDelayP99Ms: number; eventLoopDelayMaxMs: number };
  /** CPU used on the host by everything but the server and the load generator (in % of one core), and steal. */
  host: { otherCpuPercent: number; stealPercent: number; cores: number };
}

export class WindowMeter {
  readonly startedAt: number;
  private readonly server0: ProcStats;
  private readonly gen0: NodeJS.CpuUsage;
  private readonly host0: HostCpuSample;
  private readonly eld: IntervalHistogram;

  constructor(private readonly serverPid: number) {
    this.eld = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
    this.server0 = readProcStats(serverPid);
    this.gen0 = process.cpuUsage();
    this.host0 = readHostCpu();
    this.startedAt = preciseNow();
    this.eld.enable();
  }

  stop(): WindowUsage {
    const endedAt = preciseNow();
    this.eld.disable();
    const server1 = readProcStats(this.serverPid);
    const gen = process.cpuUsage(this.gen0);
    const host = hostCpuBetween(this.host0, readHostCpu(), (endedAt - this.startedAt) / 1000, ticksPerSecond);
    const seconds = (endedAt - this.startedAt) / 1000;
    const cpuSeconds = server1.cpuSeconds - this.server0.cpuSeconds;
    const serverPercent = (cpuSeconds / seconds) * 100;
    const genPercent = ((gen.user + gen.system) / 1e6 / seconds) * 100;
    return {
      endedAt,
      seconds,
      server: { cpuSeconds, cpuPercent: serverPercent },
      loadGenerator: {
        cpuPercent: genPercent,
        // The histogram records whole timer intervals: subtract the resolution to get the delay.
        eventLoopDelayP99Ms: Math.max(0, this.eld.percentile(99) / 1e6 - ELD_RESOLUTION_MS),
        eventLoopDelayMaxMs: Math.max(0, this.eld.max / 1e6 - ELD_RESOLUTION_MS),
      },
      host: {
        otherCpuPercent: Math.max(0, host.busyCores * 100 - serverPercent - genPercent),
        stealPercent: host.stealPercent,
        cores: cpus().length,
      },
    };
  }
}
