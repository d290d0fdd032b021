// @username mentions in a comment body (usernames: 3–40 letters, digits, dot, underscore or hyphen).

const mention = /(?<![A-Za-z0-9._@-])@([A-Za-z0-9._-]{3,40})/g;

/**
 * The usernames a body mentions, in order, without duplicates (case-insensitive). A trailing dot is also
 * offered without it ("@alice." at the end of a sentence): the caller keeps whichever names exist.
 */
export function parseMentions(body: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of body.matchAll(mention)) {
    const name = m[1] ?? '';
    const trimmed = name.replace(/\.+$/, '');
    for (const candidate of trimmed !== name && trimmed.length >= 3 ? [name, trimmed] : [name]) {
      const key = candidate.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(candidate);
      }
    }
  }
  return out;
}
