// Word boundaries for the diff. Japanese has no spaces, so splitting on whitespace would make a one-character
// edit replace the whole sentence; Intl.Segmenter's dictionary-based word granularity gives real words.
import type { BillLang } from '../bill/types';

/** Splits text into word-sized pieces that, joined, give the text back. */
export type WordSplitter = (text: string) => string[];

// Without Intl.Segmenter: runs of letters/digits, runs of whitespace, and every other character alone.
const fallbackPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}_]+|\s+|./gsu;

/** A word splitter for the bill's language: Intl.Segmenter(lang, { granularity: 'word' }) where available. */
export function wordSplitter(lang: BillLang): WordSplitter {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') {
    return (text) => text.match(fallbackPattern) ?? [];
  }
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return (text) => Array.from(segmenter.segment(text), (s) => s.segment);
}
