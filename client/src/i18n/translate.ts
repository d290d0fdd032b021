import { strings, type StringKey } from './strings';
import type { UiLang } from './uiLang';

/** Values substituted into `{name}` placeholders. */
export type TranslateVars = Readonly<Record<string, string | number>>;

/** A bound translator, as `useT()` returns it. */
export type Translate = (key: StringKey, vars?: TranslateVars) => string;

/** Looks a string up and fills its `{name}` placeholders; unknown placeholders stay visible. */
export function translate(lang: UiLang, key: StringKey, vars?: TranslateVars): string {
  const template = strings[lang][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
