// @mentions in comment text: splitting a body into text and the mentions the server resolved (so only
// real members are highlighted), and the `@name` being typed at the caret (for suggestions).
import type { UserRef } from '../../../../core/review';

/** A run of comment text, or a mention of a member. */
export type CommentSegment = { text: string; mention?: UserRef };

// As core/review parseMentions: 3–40 letters, digits, dot, underscore or hyphen after an @ that does not
// follow a name character.
const mentionPattern = /(?<![A-Za-z0-9._@-])@([A-Za-z0-9._-]{3,40})/g;

/** The body as text runs and mentions (a trailing dot after a name stays text). */
export function mentionSegments(body: string, mentions: readonly UserRef[]): CommentSegment[] {
  if (!mentions.length) return [{ text: body }];
  const byName = new Map(mentions.map((m) => [m.username.toLowerCase(), m]));
  const out: CommentSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(mentionPattern)) {
    const raw = match[1] ?? '';
    const at = match.index;
    const name = byName.has(raw.toLowerCase()) ? raw : raw.replace(/\.+$/, '');
    const user = byName.get(name.toLowerCase());
    if (!user) continue;
    if (at > last) out.push({ text: body.slice(last, at) });
    out.push({ text: `@${name}`, mention: user });
    last = at + 1 + name.length;
  }
  if (last < body.length) out.push({ text: body.slice(last) });
  return out;
}

/** The `@name` being typed just before the caret: where its `@` is and what follows it so far. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|[^A-Za-z0-9._@-])@([A-Za-z0-9._-]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

/** `text` with the mention being typed replaced by `@username `, and where the caret goes. */
export function insertMention(
  text: string,
  at: { start: number },
  caret: number,
  username: string,
): { text: string; caret: number } {
  const inserted = `@${username} `;
  const rest = text.slice(caret).replace(/^[A-Za-z0-9._-]*/, '').replace(/^ /, '');
  return { text: text.slice(0, at.start) + inserted + rest, caret: at.start + inserted.length };
}

/** Members whose username or name starts with (or else contains) the query, best first, at most `limit`. */
export function matchMembers<T extends { username: string; displayName: string }>(
  members: readonly T[],
  query: string,
  limit = 6,
): T[] {
  const q = query.toLowerCase();
  const score = (m: T) => {
    const u = m.username.toLowerCase();
    const d = m.displayName.toLowerCase();
    if (u.startsWith(q)) return 0;
    if (d.startsWith(q)) return 1;
    if (u.includes(q) || d.includes(q)) return 2;
    return -1;
  };
  return members
    .map((m) => ({ m, s: score(m) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s || a.m.username.localeCompare(b.m.username))
    .slice(0, limit)
    .map((x) => x.m);
}
