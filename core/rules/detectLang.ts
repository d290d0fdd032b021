// A bill's language when the input does not say: Japanese when kana or kanji appear in its text.
import type { RuleLang } from './types';

/** 'ja' when any text contains kana or kanji, else 'en'. */
export function detectLang(texts: readonly string[]): RuleLang {
  return texts.some((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t)) ? 'ja' : 'en';
}
