import { describe, expect, it } from 'vitest';
import { colorFor, identityOf, identityPalette, initialsOf } from './identity';

describe('identity', () => {
  it('comes from the account: display name, else username; one colour per account id', () => {
    const user = { id: 'u-1', username: 'hsato', displayName: '  Hanako   Sato ' };
    const identity = identityOf(user);
    expect(identity.name).toBe('Hanako Sato');
    expect(identity).toEqual(identityOf(user));
    expect(identityOf({ ...user, displayName: ' ' }).name).toBe('hsato');
    expect(identityPalette).toContain(identity.color);
  });

  it('spreads colours over the palette', () => {
    const colors = new Set(Array.from({ length: 200 }, (_, i) => colorFor(`user-${i}`)));
    expect(colors.size).toBe(identityPalette.length);
  });

  it('makes initials', () => {
    expect(initialsOf('Hanako Sato')).toBe('HS');
    expect(initialsOf('alice')).toBe('A');
    expect(initialsOf('佐藤 花子')).toBe('佐');
    expect(initialsOf('   ')).toBe('?');
  });
});
