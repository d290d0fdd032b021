// Counts every edit sent and every arrival at another client; keeps latencies of edits sent in the
// measured window (warm-up edits must still arrive, but do not count in the stats).
import type { EditMarker } from './editMarker';
import { LatencyTimeline } from './LatencyTimeline';

export class DeliveryLedger {
  /** deliveries[sender][seq] = receivers that saw it. */
  private readonly deliveries: number[][];
  private readonly sentBy: number[];
  /** sentBy at the window start: a sender's edits from this seq on are measured. */
  private firstMeasuredSeq: number[] = [];
  private windowStart = Number.POSITIVE_INFINITY;
  private windowEnd = Number.POSITIVE_INFINITY;
  /** Propagation latencies (ms) of measured edits, one per arrival. */
  readonly latencies: number[] = [];
  timeline = new LatencyTimeline(Number.POSITIVE_INFINITY);
  /** Arrivals whose receive time fell in the measured window (throughput). */
  deliveredInWindow = 0;
  delivered = 0;
  duplicates = 0;
  /** Markers nobody sent (corrupted text): must stay 0. */
  unknown = 0;

  /** receiversOf[sender] = how many other clients share the sender's room. */
  constructor(private readonly receiversOf: readonly number[]) {
    this.deliveries = receiversOf.map(() => []);
    this.sentBy = receiversOf.map(() => 0);
  }

  startWindow(at: number): void {
    this.windowStart = at;
    this.timeline = new LatencyTimeline(at);
    this.firstMeasuredSeq = [...this.sentBy];
  }

  endWindow(at: number): void {
    this.windowEnd = at;
  }

  recordSend(marker: EditMarker): void {
    this.sentBy[marker.sender] = marker.seq + 1;
  }

  recordDelivery(marker: EditMarker, receivedAt: number): void {
    const row = this.deliveries[marker.sender];
    if (!row || marker.seq >= (this.sentBy[marker.sender] ?? 0)) {
      this.unknown++;
      return;
    }
    const count = (row[marker.seq] ?? 0) + 1;
    row[marker.seq] = count;
    if (count > (this.receiversOf[marker.sender] ?? 0)) {
      this.duplicates++;
      return;
    }
    this.delivered++;
    if (receivedAt >= this.windowStart && receivedAt < this.windowEnd) this.deliveredInWindow++;
    if (marker.sentAt >= this.windowStart) {
      this.latencies.push(receivedAt - marker.sentAt);
      this.timeline.add(marker.sentAt, receivedAt - marker.sentAt);
    }
  }

  get sent(): number {
    return this.sentBy.reduce((a, b) => a + b, 0);
  }

  get sentMeasured(): number {
    return this.sentBy.reduce((sum, n, s) => sum + n - (this.firstMeasuredSeq[s] ?? n), 0);
  }

  /** Arrivals owed: every edit at every other client in its room. */
  get expected(): number {
    return this.sentBy.reduce((sum, n, s) => sum + n * (this.receiversOf[s] ?? 0), 0);
  }

  get missing(): number {
    return this.expected - this.delivered;
  }
}
