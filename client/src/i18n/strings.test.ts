import { describe, expect, it } from 'vitest';
import { strings } from './strings';
import { translate } from './translate';
import { resolveUiLang } from './uiLang';

describe('string table', () => {
  it('has every key, non-empty, in both languages with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(strings.ja).sort()).toEqual(Object.keys(strings.en).sort());
    for (const key of Object.keys(strings.en) as (keyof typeof strings.en)[]) {
      expect(strings.en[key].trim(), key).not.toBe('');
      expect(strings.ja[key].trim(), key).not.toBe('');
      expect(placeholders(strings.ja[key]), key).toEqual(placeholders(strings.en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'presence.you', { name: 'Ann' })).toBe('Ann (you)');
    expect(translate('ja', 'status.saved', { time: '10:00:00' })).toBe('10:00:00 に保存');
  });
});

describe('resolveUiLang', () => {
  it('prefers the stored choice, then the browser, then English', () => {
    expect(resolveUiLang('ja', ['en-US'])).toBe('ja');
    expect(resolveUiLang(null, ['fr-FR', 'ja-JP'])).toBe('ja');
    expect(resolveUiLang('xx', ['de'])).toBe('en');
  });
});
