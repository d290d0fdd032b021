import { describe, expect, it } from 'vitest';
import { translate, type TranslateVars } from '../i18n/translate';
import type { StringKey } from '../i18n/strings';
import type { UiLang } from '../i18n/uiLang';
import { auditSentence } from './auditSentence';

const tr = (lang: UiLang) => (key: StringKey, vars?: TranslateVars) => translate(lang, key, vars);
const en = tr('en');
const ja = tr('ja');

describe('auditSentence', () => {
  it('reads bill and member actions in both languages', () => {
    const renamed = { action: 'bill.renamed', detail: { from: 'Old', to: 'New' } };
    expect(auditSentence(renamed, en)).toBe('Renamed the bill from “Old” to “New”');
    expect(auditSentence(renamed, ja)).toContain('「Old」から「New」');
    const changed = {
      action: 'member.role_changed',
      detail: { username: 'bob', from: 'reviewer', role: 'editor' },
    };
    expect(auditSentence(changed, en)).toBe('Changed the role of bob from Reviewer to Editor');
    expect(
      auditSentence({ action: 'member.added', detail: { username: 'bob', role: 'viewer' } }, ja),
    ).toContain('閲覧者');
  });

  it('covers account and settings actions and names unknown ones', () => {
    expect(auditSentence({ action: 'auth.registered', detail: { admin: true } }, en)).toContain(
      'administrator',
    );
    expect(auditSentence({ action: 'settings.changed', detail: { selfRegistration: false } }, en)).toContain(
      'Closed',
    );
    expect(auditSentence({ action: 'comment.created', detail: {} }, en)).toContain('comment.created');
    expect(auditSentence({ action: 'bill.created', detail: {} }, en)).toContain('“?”');
  });
});
