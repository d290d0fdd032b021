import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { translate, type TranslateVars } from '../i18n/translate';
import type { StringKey } from '../i18n/strings';
import { accountErrors, formatWait } from './accountErrors';

const t = (key: StringKey, vars?: TranslateVars) => translate('en', key, vars);
const signIn = { action: 'signIn', username: 'ann' } as const;
const register = { action: 'register', username: 'ann' } as const;

describe('accountErrors', () => {
  it('puts 400 messages next to the fields they name', () => {
    const error = new ApiError(
      400,
      'invalid',
      'username: username: 3–40 letters, digits, dot, underscore or hyphen; password: password: at least 10 characters',
    );
    const result = accountErrors(error, t, register);
    expect(result.form).toBeNull();
    expect(result.fields.username).toBe(t('account.usernameRule'));
    expect(result.fields.password).toBe(t('account.passwordRule'));
  });

  it('explains a wrong password, closed registration and a taken name', () => {
    expect(
      accountErrors(new ApiError(401, 'unauthorized', 'wrong username or password'), t, signIn).form,
    ).toBe(t('signin.wrongPassword'));
    expect(accountErrors(new ApiError(403, 'forbidden', 'closed'), t, register).form).toBe(
      t('signin.registrationClosed'),
    );
    expect(accountErrors(new ApiError(409, 'conflict', 'taken'), t, register).fields.username).toContain(
      '“ann”',
    );
  });

  it('says how long to wait after too many attempts', () => {
    const fromHeader = new ApiError(429, 'rate_limited', 'too many', 125);
    expect(accountErrors(fromHeader, t, signIn).form).toContain('3 min');
    const fromMessage = new ApiError(429, 'rate_limited', 'too many sign-in attempts; try again in 42 s');
    expect(accountErrors(fromMessage, t, signIn).form).toContain('42 s');
    expect(formatWait(0.2, t)).toBe(t('time.seconds', { count: 1 }));
  });
});
