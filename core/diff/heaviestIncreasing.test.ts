import { describe, expect, it } from 'vitest';
import { heaviestIncreasing } from './heaviestIncreasing';

describe('heaviestIncreasing', () => {
  it('keeps everything already in order', () => {
    expect(heaviestIncreasing([0, 1, 2], [1, 1, 1])).toEqual([true, true, true]);
  });
  it('keeps the heavier of two swapped items', () => {
    expect(heaviestIncreasing([1, 0], [3, 5])).toEqual([false, true]);
    expect(heaviestIncreasing([1, 0], [5, 3])).toEqual([true, false]);
  });
  it('finds the longest run when weights are equal', () => {
    // 3 moved to the front of 0 1 2 4.
    expect(heaviestIncreasing([3, 0, 1, 2, 4], [1, 1, 1, 1, 1])).toEqual([false, true, true, true, true]);
  });
  it('handles empty input', () => {
    expect(heaviestIncreasing([], [])).toEqual([]);
  });
});
