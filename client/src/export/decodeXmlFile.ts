// An XML file's bytes as text: a byte-order mark or the XML declaration's `encoding` decides, UTF-8 otherwise
// (e-Gov publishes UTF-8; older Shift_JIS copies still circulate).

const declaredEncoding = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** The encoding an XML file announces (BOM first, then the declaration); 'utf-8' when it announces none. */
export function xmlEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // The declaration is ASCII in every ASCII-compatible encoding.
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return declaredEncoding.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/** Decodes the file; an encoding the browser does not know is read as UTF-8. */
export function decodeXmlFile(bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(xmlEncoding(bytes));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
