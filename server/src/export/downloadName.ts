// File names of exports: "<bill title>[_<part>…]_<YYYY-MM-DD>.<ext>", safe on every file system, and the
// Content-Disposition header that carries them (RFC 6266: an ASCII fallback plus filename*=UTF-8'').

const reserved = /[/\\:*?"<>|]+/g;
const isControl = (ch: string) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;

/** One part of a file name: no path, reserved or control characters, whitespace as "_", at most 80 characters. */
export function namePart(text: string): string {
  const visible = Array.from(text, (ch) => (isControl(ch) ? ' ' : ch)).join('');
  const cleaned = visible.replace(reserved, ' ').trim().replace(/[\s\u3000]+/g, '_').replace(/^[._]+/, '');
  return Array.from(cleaned).slice(0, 80).join('') || 'bill';
}

/** The file name of an export. */
export function downloadName(parts: string[], date: string, ext: string): string {
  return `${[...parts.filter(Boolean).map(namePart), date].join('_')}.${ext}`;
}

// RFC 5987 attr-char: what may stay unencoded in filename*.
const encodeAttr = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment; filename="<ascii>"; filename*=UTF-8''<utf-8>` (non-ASCII characters become _ in the fallback). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeAttr(filename)}`;
}
