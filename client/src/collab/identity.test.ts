import { describe, expect, it } from 'vitest';
import {
  COLOR_KEY,
  DISPLAY_NAME_KEY,
  identityPalette,
  initialsOf,
  loadIdentity,
  pickColor,
  saveDisplayName,
} from './identity';

const memoryStore = (init: Record<string, string> = {}) => {
  const data = new Map(Object.entries(init));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
};

describe('identity', () => {
  it('is absent until a name is stored, then keeps one colour', () => {
    const store = memoryStore();
    expect(loadIdentity(store)).toBeNull();
    const saved = saveDisplayName('  Hanako   Sato ', store, () => 0.5);
    expect(saved).toEqual({ name: 'Hanako Sato', color: identityPalette[6] });
    expect(loadIdentity(store, () => 0)).toEqual(saved);
  });

  it('reads a name set by someone else (the e2e tests) and picks a colour for it', () => {
    const store = memoryStore({ [DISPLAY_NAME_KEY]: 'Alice' });
    const identity = loadIdentity(store, () => 0.99);
    expect(identity?.name).toBe('Alice');
    expect(store.data.get(COLOR_KEY)).toBe(identity?.color);
  });

  it('picks palette colours and makes initials', () => {
    expect(pickColor(() => 0.999999)).toBe(identityPalette[identityPalette.length - 1]);
    expect(initialsOf('Hanako Sato')).toBe('HS');
    expect(initialsOf('alice')).toBe('A');
    expect(initialsOf('佐藤 花子')).toBe('佐');
    expect(initialsOf('   ')).toBe('?');
  });
});
