// Every interface string, in both languages, gathered from one table per area (tables/*.ts). Each area's
// `en` defines its keys and its `ja` must match them exactly; `{name}` marks a value filled in by translate().
import * as app from './tables/app';
import * as editor from './tables/editor';
import * as exportStrings from './tables/export';
import * as review from './tables/review';
import * as versions from './tables/versions';
import type { UiLang } from './uiLang';

const en = { ...app.en, ...editor.en, ...versions.en, ...review.en, ...exportStrings.en };

/** A key of the string table. */
export type StringKey = keyof typeof en;

const ja: Record<StringKey, string> = {
  ...app.ja,
  ...editor.ja,
  ...versions.ja,
  ...review.ja,
  ...exportStrings.ja,
};

/** The string table: one entry per key per interface language. */
export const strings: Record<UiLang, Record<StringKey, string>> = { ja, en };
