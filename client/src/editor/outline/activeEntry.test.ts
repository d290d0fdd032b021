import { describe, expect, it } from 'vitest';
import type { OutlineEntry } from '../extensions/computeNumbering';
import { activeEntry } from './activeEntry';

const entry = (pid: string, pos: number, end: number): OutlineEntry => ({
  pid,
  type: 'article',
  label: pid,
  heading: '',
  preview: '',
  depth: 0,
  pos,
  end,
});

describe('activeEntry', () => {
  const entries = [
    entry('chapter', 10, 100),
    entry('a1', 12, 40),
    entry('a2', 40, 100),
    entry('suppl', 100, 120),
  ];
  it('finds the innermost entry holding the position', () => {
    expect(activeEntry(entries, 20)?.pid).toBe('a1');
    expect(activeEntry(entries, 11)?.pid).toBe('chapter');
    expect(activeEntry(entries, 40)?.pid).toBe('a2');
    expect(activeEntry(entries, 110)?.pid).toBe('suppl');
  });
  it('returns null before the first entry (in the bill title)', () => {
    expect(activeEntry(entries, 3)).toBeNull();
  });
});
