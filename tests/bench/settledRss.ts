// Idle memory of a freshly booted server: RSS once it has stopped moving (boot-time garbage, password
// hashing and module compilation settle within a second or two), so "growth under load" means something.
import { readProcStats } from './procStats';

/** RSS (kB) once three readings `intervalMs` apart stay within `toleranceKb`; the last reading after `timeoutMs`. */
export async function settledRss(
  pid: number,
  { intervalMs = 200, toleranceKb = 1024, timeoutMs = 4000 } = {},
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const readings = [readProcStats(pid).rssKb];
  for (;;) {
    await new Promise((r) => setTimeout(r, intervalMs));
    readings.push(readProcStats(pid).rssKb);
    const last = readings.slice(-3);
    if (last.length === 3 && Math.max(...last) - Math.min(...last) <= toleranceKb) return last[2] ?? NaN;
    if (Date.now() > deadline) return readings.at(-1) ?? NaN;
  }
}
