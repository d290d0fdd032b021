import { describe, expect, it } from 'vitest';
import { collabUrl } from './collabUrl';

describe('collabUrl', () => {
  it('uses ws on http and wss on https, on the same host', () => {
    expect(collabUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/collab');
    expect(collabUrl({ protocol: 'https:', host: 'bills.example.jp' })).toBe('wss://bills.example.jp/collab');
  });
});
