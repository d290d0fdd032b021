import { ApiError } from '../api/ApiError';
import type { Translate } from './translate';

/** A sentence for the user: the server's own message, or ours when the server could not be reached. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return error.isNetwork ? t('error.network') : error.message;
  if (error instanceof Error && error.message) return error.message;
  return t('error.generic', { code: 'unknown' });
}
