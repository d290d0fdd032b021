// The file name a download should be saved under, from its Content-Disposition header (RFC 6266):
// `filename*=UTF-8''…` (percent-encoded, preferred) over `filename="…"`; never a path.

const extParam = /(?:^|;)\s*filename\*\s*=\s*([^;]+)/i;
const plainParam = /(?:^|;)\s*filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/i;

/** `UTF-8''%E6%B3%95…` (RFC 5987) decoded; null when malformed or in a charset we cannot decode. */
function decodeExtValue(raw: string): string | null {
  const match = /^([A-Za-z0-9!#$%&+^_`{}~-]+)'[^']*'(.*)$/.exec(raw.trim());
  if (!match) return null;
  const charset = (match[1] ?? '').toLowerCase();
  const value = match[2] ?? '';
  try {
    if (charset === 'utf-8') return decodeURIComponent(value);
    if (charset === 'iso-8859-1') {
      return value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  } catch {
    // A malformed escape: fall back to the plain parameter.
  }
  return null;
}

/** A name safe to offer the browser: no directories, reserved or control characters; null when nothing is left. */
export function safeFileName(name: string): string | null {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = Array.from(base, (ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? '_' : ch))
    .join('')
    .replace(/[:*?"<>|]/g, '_')
    .trim()
    .replace(/^\.+/, '');
  return cleaned ? cleaned : null;
}

/** The file name in a Content-Disposition header, or null when it names none. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const ext = extParam.exec(header);
  const decoded = ext?.[1] ? decodeExtValue(ext[1]) : null;
  if (decoded) return safeFileName(decoded);
  const plain = plainParam.exec(header)?.[1]?.trim();
  if (!plain) return null;
  const unquoted = plain.startsWith('"') ? plain.slice(1, -1).replace(/\\(.)/g, '$1') : plain;
  return safeFileName(unquoted);
}

/** A name for when the server gave none: the title (tidied as the server does) and the extension. */
export function fallbackFileName(title: string, ext: string): string {
  const base = title.trim().replace(/[\s\u3000]+/g, '_');
  return `${safeFileName(base) ?? 'bill'}.${ext}`;
}
