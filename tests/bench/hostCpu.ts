// Whole-machine CPU from /proc/stat, to tell how much of a run's noise came from other work on the host
// (other test suites, the hypervisor's steal) rather than from the server or the load generator.
import { readFileSync } from 'node:fs';

export interface HostCpuSample {
  busyTicks: number;
  stealTicks: number;
  totalTicks: number;
}

/** The aggregate `cpu` line of /proc/stat. */
export function readHostCpu(): HostCpuSample {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  // irq/softirq stay out of "busy": loopback networking for the bench's own sockets lands there.
  const busy = user + nice + system;
  return { busyTicks: busy, stealTicks: steal, totalTicks: busy + irq + softirq + idle + iowait + steal };
}

/** Busy cores (all processes) and steal share between two samples. */
export function hostCpuBetween(a: HostCpuSample, b: HostCpuSample, seconds: number, ticksPerSecond: number) {
  const total = b.totalTicks - a.totalTicks;
  return {
    busyCores: (b.busyTicks - a.busyTicks) / ticksPerSecond / seconds,
    stealPercent: total > 0 ? ((b.stealTicks - a.stealTicks) / total) * 100 : 0,
  };
}
