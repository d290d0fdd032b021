import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { versionLabel, versionNote } from './versionLabel';

const ja = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
  translate('ja', key, vars);
const en = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
  translate('en', key, vars);

describe('versionLabel', () => {
  it('keeps a named version’s own words', () => {
    expect(versionLabel({ auto: false, reason: null, label: '閣議請議案' }, en)).toBe('閣議請議案');
  });

  it('localizes automatic versions by their reason', () => {
    const auto = (reason: string) => ({ auto: true, reason, label: 'Automatic: something in English' });
    expect(versionLabel(auto('editing'), ja)).toBe('自動保存：編集の区切り');
    expect(versionLabel(auto('restore'), ja)).toBe('自動保存：版の復元前');
    expect(versionLabel(auto('export'), en)).toBe('Automatic: before export');
    expect(versionLabel(auto('alternative'), ja)).toBe('自動保存：文言の選択肢の適用前');
    expect(versionLabel(auto('template'), ja)).toBe('自動保存：テンプレート操作の前');
    expect(versionLabel(auto('template'), en)).toBe('Automatic: before a template operation');
    expect(versionLabel(auto('import'), ja)).toBe('自動保存（import）');
    expect(versionLabel({ auto: true, reason: null, label: 'Automatic' }, ja)).toBe('Automatic');
  });
});

describe('versionNote', () => {
  it('localizes the note of a restore backup and leaves other notes alone', () => {
    expect(versionNote({ auto: true, reason: 'restore', note: 'before restoring “閣議請議案”' }, ja)).toBe(
      '「閣議請議案」を復元する前の本文',
    );
    expect(versionNote({ auto: false, reason: null, note: 'before restoring “x”' }, ja)).toBe(
      'before restoring “x”',
    );
    expect(versionNote({ auto: true, reason: 'editing', note: '' }, ja)).toBe('');
  });
});
