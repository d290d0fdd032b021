import { describe, expect, it } from 'vitest';
import { formatShortcut } from './shortcuts';

describe('formatShortcut', () => {
  it('prints Mac symbols in Apple’s modifier order', () => {
    expect(formatShortcut('Mod-Shift-Enter', true)).toBe('⇧⌘↩');
    expect(formatShortcut('Mod-Alt-i', true)).toBe('⌥⌘I');
    expect(formatShortcut('Alt-ArrowUp', true)).toBe('⌥↑');
  });

  it('prints Ctrl+… elsewhere', () => {
    expect(formatShortcut('Mod-Shift-Backspace', false)).toBe('Ctrl+Shift+Backspace');
    expect(formatShortcut('Mod-z', false)).toBe('Ctrl+Z');
  });
});
