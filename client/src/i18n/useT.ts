import { useI18n } from './useI18n';
import type { Translate } from './translate';

/** The translator for the current interface language. */
export function useT(): Translate {
  return useI18n().t;
}
