import { createContext } from 'react';
import type { Translate } from './translate';
import type { UiLang } from './uiLang';

/** What the i18n provider shares: the interface language, a setter and a bound translator. */
export interface I18nValue {
  lang: UiLang;
  setLang(lang: UiLang): void;
  t: Translate;
}

export const I18nContext = createContext<I18nValue | null>(null);
