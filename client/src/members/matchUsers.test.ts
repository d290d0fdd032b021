import { describe, expect, it } from 'vitest';
import { matchUsers } from './matchUsers';

const users = [
  { id: '1', username: 'hsato', displayName: 'Hanako Sato' },
  { id: '2', username: 'tsuzuki', displayName: '都築 太郎' },
  { id: '3', username: 'sato2', displayName: 'Jiro Sato' },
];

describe('matchUsers', () => {
  it('finds by username or display name, prefix matches first, members excluded', () => {
    expect(matchUsers(users, 'sato', new Set()).map((u) => u.id)).toEqual(['3', '1']);
    expect(matchUsers(users, '都築', new Set()).map((u) => u.id)).toEqual(['2']);
    expect(matchUsers(users, '@HSATO', new Set()).map((u) => u.id)).toEqual(['1']);
    expect(matchUsers(users, '', new Set(['1', '2'])).map((u) => u.id)).toEqual(['3']);
    expect(matchUsers(users, 'nobody', new Set())).toEqual([]);
  });
});
