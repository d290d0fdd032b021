// Identity of a provision's text for waivers: a waiver holds while the text is the same up to whitespace
// and character width, and lapses when the wording changes.
import { toHexString } from 'lib0/buffer';
import { digest } from 'lib0/hash/sha256';

/** NFKC (full/half width), whitespace runs → one space, no spaces next to non-ASCII (Japanese) text. */
export function normalizeProvisionText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ (?=[\u0080-\u{10ffff}])|(?<=[\u0080-\u{10ffff}]) /gu, '');
}

/** Hex SHA-256 of the normalised provision text (first 16 bytes: a waiver key, not a security boundary). */
export function provisionTextHash(text: string): string {
  return toHexString(digest(new TextEncoder().encode(normalizeProvisionText(text))).subarray(0, 16));
}
