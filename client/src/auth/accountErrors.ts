import { ApiError } from '../api/ApiError';
import { describeError } from '../i18n/describeError';
import type { Translate } from '../i18n/translate';

/** The fields of the account forms (sign-in, register, an admin creating an account). */
export type AccountField = 'username' | 'password' | 'displayName';

/** What to show for a failed account request: messages next to fields, and one for the form. */
export interface AccountErrors {
  form: string | null;
  fields: Partial<Record<AccountField, string>>;
}

const isField = (name: string): name is AccountField =>
  name === 'username' || name === 'password' || name === 'displayName';

/** Seconds → “45 s” / “3 min” (rounded up: never promise less than the server said). */
export function formatWait(seconds: number, t: Translate): string {
  return seconds < 60
    ? t('time.seconds', { count: Math.max(1, Math.ceil(seconds)) })
    : t('time.minutes', { count: Math.ceil(seconds / 60) });
}

function fieldMessage(field: AccountField, serverMessage: string, t: Translate): string {
  if (field === 'username') return t('account.usernameRule');
  if (field === 'password')
    return /most/.test(serverMessage) ? t('account.passwordTooLong') : t('account.passwordRule');
  return t('account.displayNameRule');
}

/**
 * Reads a failed sign-in, registration or account creation: 400 names fields (“username: …; password: …”),
 * 401 is a wrong password, 403 closed registration, 409 a taken username, 429 says how long to wait.
 */
export function accountErrors(
  error: unknown,
  t: Translate,
  context: { action: 'signIn' | 'register' | 'create'; username: string },
): AccountErrors {
  const none: AccountErrors = { form: null, fields: {} };
  if (!(error instanceof ApiError) || error.isNetwork) return { ...none, form: describeError(error, t) };
  switch (error.status) {
    case 400: {
      const fields: AccountErrors['fields'] = {};
      const rest: string[] = [];
      for (const part of error.message.split('; ')) {
        const name = part.split(':')[0]?.split('.')[0]?.trim() ?? '';
        if (isField(name)) fields[name] ??= fieldMessage(name, part, t);
        else rest.push(part);
      }
      return { form: rest.length ? rest.join('; ') : null, fields };
    }
    case 401:
      return context.action === 'signIn' ? { ...none, form: t('signin.wrongPassword') } : none;
    case 403:
      return {
        ...none,
        form: context.action === 'register' ? t('signin.registrationClosed') : describeError(error, t),
      };
    case 409:
      return { ...none, fields: { username: t('account.usernameTaken', { username: context.username }) } };
    case 429: {
      const seconds = error.retryAfter ?? Number(/(\d+)\s*s\b/.exec(error.message)?.[1] ?? NaN);
      return {
        ...none,
        form: Number.isFinite(seconds)
          ? t('signin.rateLimited', { wait: formatWait(seconds, t) })
          : t('signin.rateLimitedSoon'),
      };
    }
    default:
      return { ...none, form: describeError(error, t) };
  }
}
