// What one scenario against one target measured (printed, and written to the JSON results).
import type { Scenario } from './benchOptions';
import type { BenchTarget } from './BenchTarget';
import type { StopResult } from './ChildServer';
import type { TimelineBucket } from './LatencyTimeline';
import type { RssSample } from './RssSampler';
import type { LatencySummary } from './summarize';
import type { WindowUsage } from './WindowMeter';

export interface ScenarioResult {
  target: BenchTarget['name'];
  label: string;
  scenario: Scenario;
  rate: number;
  warmupSeconds: number;
  /** Actual length of the measured window. */
  windowSeconds: number;
  /** Server start until it answered HTTP. */
  bootMs: number;
  /** Clients connected, synced and holding their room's bench sentence. */
  connectMs: number;
  latency: LatencySummary;
  /** Per-second latency (by send time) over the measured window. */
  timeline: TimelineBucket[];
  sent: number;
  sentMeasured: number;
  expected: number;
  delivered: number;
  missing: number;
  duplicates: number;
  unknown: number;
  sentPerSec: number;
  deliveredPerSec: number;
  drainMs: number;
  converged: boolean;
  /** Socket closes seen by clients during the run (each one is a reconnect). */
  reconnects: number;
  server: WindowUsage['server'] & {
    /** After boot and room preparation, before any client connected. */
    rssIdleKb: number;
    rssWindowStartKb: number;
    rssWindowEndKb: number;
    /** Highest sampled RSS from the first client connecting to the end of the drain. */
    loadPeakRssKb: number;
    /** VmHWM: the process's lifetime peak, boot included. */
    peakRssKb: number;
    /** VmHWM before any client connected (boot and room preparation alone). */
    peakRssIdleKb: number;
    diskBytes: number;
    rssSamples: RssSample[];
    logLines: string[];
    exit: StopResult;
  };
  loadGenerator: WindowUsage['loadGenerator'];
  host: WindowUsage['host'];
}
