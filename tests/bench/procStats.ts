// CPU time and memory of a process from /proc (Linux): what the kernel charged, not what it says.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcStats {
  /** utime + stime, in seconds. */
  cpuSeconds: number;
  rssKb: number;
  /** Peak resident set size so far (VmHWM). */
  hwmKb: number;
}

function readClockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
/** USER_HZ: the unit of /proc CPU times. */
export const ticksPerSecond = readClockTicks();

/** Reads /proc/<pid>/stat and /proc/<pid>/status; throws if the process is gone. */
export function readProcStats(pid: number): ProcStats {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name (which may contain spaces): state is field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { cpuSeconds: (utime + stime) / ticksPerSecond, rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}
