import { ApiError } from '../api/ApiError';
import { describeError } from '../i18n/describeError';
import type { Translate } from '../i18n/translate';

/** Why an export failed, for the person who asked for it. */
export function describeExportError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) return t('error.network');
    if (error.status === 403) return t('export.forbidden');
    if (error.status === 404) return t('export.notFound');
  }
  return t('export.failed', { message: describeError(error, t) });
}

/** Why an import failed: too large (413, or refused before sending), else the server's reason. */
export function describeImportError(error: unknown, name: string, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) return t('error.network');
    if (error.status === 413) return t('import.tooLarge', { name });
  }
  return t('import.failed', { name, message: describeError(error, t) });
}
