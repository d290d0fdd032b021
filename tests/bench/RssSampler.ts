// Samples a process's RSS at a fixed interval, to see growth over a run (VmHWM only gives the peak).
import { readProcStats } from './procStats';

export interface RssSample {
  /** ms since sampling started. */
  t: number;
  rssKb: number;
}

export class RssSampler {
  readonly samples: RssSample[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly started = Date.now();

  constructor(
    private readonly pid: number,
    intervalMs = 250,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): number {
    try {
      const { rssKb } = readProcStats(this.pid);
      this.samples.push({ t: Date.now() - this.started, rssKb });
      return rssKb;
    } catch {
      return NaN; // the process is gone; the run reports that elsewhere
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
