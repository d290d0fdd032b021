// Who the local user is. For now a display name kept in localStorage with a colour picked once;
// when accounts arrive this module is swapped for `/api/auth/me` and the rest of the client is unchanged.

/** The local user as co-authors see them. */
export interface Identity {
  name: string;
  color: string;
}

export const DISPLAY_NAME_KEY = 'billwright.displayName';
export const COLOR_KEY = 'billwright.color';

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

export const MAX_NAME_LENGTH = 60;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** A palette colour chosen by `random` (0 ≤ random() < 1). */
export function pickColor(random: () => number = Math.random): string {
  const index = Math.min(identityPalette.length - 1, Math.floor(random() * identityPalette.length));
  return identityPalette[index] ?? identityPalette[0];
}

/** Trims, collapses whitespace and caps the length of a display name. */
export function normalizeName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

const isColor = (value: string | null): value is string => !!value && /^#[0-9a-f]{6}$/i.test(value);

/** The stored identity, or null when no name has been given yet. A missing colour is picked and kept. */
export function loadIdentity(store: KeyValueStore = localStorage, random?: () => number): Identity | null {
  const name = normalizeName(read(store, DISPLAY_NAME_KEY) ?? '');
  if (!name) return null;
  const stored = read(store, COLOR_KEY);
  const color = isColor(stored) ? stored : pickColor(random);
  if (color !== stored) write(store, COLOR_KEY, color);
  return { name, color };
}

/** Stores a new display name, keeping (or picking) the colour. */
export function saveDisplayName(
  rawName: string,
  store: KeyValueStore = localStorage,
  random?: () => number,
): Identity {
  const name = normalizeName(rawName);
  if (!name) throw new Error('A display name cannot be empty');
  write(store, DISPLAY_NAME_KEY, name);
  const identity = loadIdentity(store, random);
  return identity ?? { name, color: pickColor(random) };
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

function read(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

function write(store: KeyValueStore, key: string, value: string): void {
  try {
    store.setItem(key, value);
  } catch {
    // Storage can be unavailable (private mode): the identity then lasts for this page.
  }
}
