// The text each bench edit inserts: sender, sequence number and send time, readable back on receivers.
export interface EditMarker {
  sender: number;
  seq: number;
  /** performance.timeOrigin + performance.now() on the sender, in ms. */
  sentAt: number;
}

/** Wall-clock ms with sub-ms resolution, comparable across threads of one machine. */
export const preciseNow = (): number => performance.timeOrigin + performance.now();

/** `[b12.345@1700000000000.123]` */
export function encodeMarker({ sender, seq, sentAt }: EditMarker): string {
  return `[b${sender}.${seq}@${sentAt.toFixed(3)}]`;
}

const markerPattern = /\[b(\d+)\.(\d+)@(\d+\.\d+)\]/g;

/** Every marker in a piece of inserted text (a delta may carry several merged inserts). */
export function parseMarkers(text: string): EditMarker[] {
  const found: EditMarker[] = [];
  for (const m of text.matchAll(markerPattern)) {
    found.push({ sender: Number(m[1]), seq: Number(m[2]), sentAt: Number(m[3]) });
  }
  return found;
}
