// Latency per second of the measured window (by send time): shows stalls and drift a run-wide
// percentile hides, e.g. a periodic compaction pause or latency that climbs as documents grow.
import { summarize, type LatencySummary } from './summarize';

export interface TimelineBucket extends LatencySummary {
  /** Seconds since the window started. */
  second: number;
}

export class LatencyTimeline {
  private readonly buckets: number[][] = [];

  constructor(private readonly windowStart: number) {}

  add(sentAt: number, latency: number): void {
    const i = Math.floor((sentAt - this.windowStart) / 1000);
    if (i < 0) return;
    (this.buckets[i] ??= []).push(latency);
  }

  summary(): TimelineBucket[] {
    return this.buckets.flatMap((values, second) => (values ? [{ second, ...summarize(values) }] : []));
  }
}
