import { describe, expect, it } from 'vitest';
import { presenceFromStates } from './presenceFromStates';

describe('presenceFromStates', () => {
  it('lists named users, self first, then by name', () => {
    const states = new Map<number, Record<string, unknown>>([
      [3, { user: { name: 'Zoe', color: '#111111' } }],
      [1, { user: { name: 'Bob', color: '#222222' } }],
      [2, { cursor: null }],
      [7, { user: { name: 'Me', color: '#333333' } }],
    ]);
    expect(presenceFromStates(states, 7).map((u) => [u.name, u.isSelf])).toEqual([
      ['Me', true],
      ['Bob', false],
      ['Zoe', false],
    ]);
  });
});
