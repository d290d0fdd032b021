// Relative positions on the wire: base64 of Y.encodeRelativePosition (lib0's codec works in browsers and Node).
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** base64 of an encoded relative position. */
export function encodeRelativePosition(pos: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(pos));
}

/** The relative position in a base64 string, or null when it is not one. */
export function decodeRelativePosition(base64: string): Y.RelativePosition | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null;
  try {
    const pos = Y.decodeRelativePosition(fromBase64(base64));
    return pos.item || pos.type || pos.tname ? pos : null;
  } catch {
    return null;
  }
}
