// Who the local user is to co-authors: the account's display name, and a caret colour derived from
// the account id, so the same person has the same colour in every browser and every session.
import type { PublicUser } from '../../../core/auth/roles';

/** The local user as co-authors see them. */
export interface Identity {
  name: string;
  color: string;
}

/** Caret and avatar colours: distinct hues, each dark enough for white text (WCAG AA). */
export const identityPalette = [
  '#1d4ed8',
  '#7c3aed',
  '#be185d',
  '#b91c1c',
  '#c2410c',
  '#a16207',
  '#15803d',
  '#0f766e',
  '#0e7490',
  '#4338ca',
  '#9333ea',
  '#be123c',
] as const;

/** A palette colour chosen deterministically from `key` (FNV-1a over its UTF-16 code units). */
export function colorFor(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return identityPalette[hash % identityPalette.length] ?? identityPalette[0];
}

/** Collapses whitespace in a display name. */
export function normalizeName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The identity co-authors see for an account: its display name (else username) and its colour. */
export function identityOf(user: Pick<PublicUser, 'id' | 'username' | 'displayName'>): Identity {
  return { name: normalizeName(user.displayName) || user.username, color: colorFor(user.id) };
}

/** Avatar initials: first and last initial of a Latin name (“Hanako Sato” → HS), else its first character (佐藤 → 佐). */
export function initialsOf(name: string): string {
  const words = normalizeName(name).split(' ');
  const first = Array.from(words[0] ?? '')[0];
  if (!first) return '?';
  const isLatin = /\p{Script=Latin}/u.test(first);
  const last = words.length > 1 ? Array.from(words[words.length - 1] ?? '')[0] : undefined;
  return isLatin && last && /\p{Script=Latin}/u.test(last)
    ? `${first}${last}`.toUpperCase()
    : first.toUpperCase();
}
