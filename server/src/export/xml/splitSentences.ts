// A provision's text as e-Gov <Sentence> elements. Japanese statutes write 本文 and ただし書 (main and
// proviso), or 前段 and 後段, as separate sentences; a 。 inside brackets (（…をいう。）「…。」) ends none.
import type { BillLang } from '../../../../core/bill/types';

export interface LawSentence {
  text: string;
  /** Set only when the provision has a proviso, as e-Gov does. */
  function?: 'main' | 'proviso';
}

const opening = new Set(['（', '「', '『', '〔', '［', '｛', '(']);
const closing = new Set(['）', '」', '』', '〕', '］', '｝', ')']);

/** Splits Japanese text after each top-level 。 that is followed by more text; English stays one sentence. */
export function splitSentences(text: string, lang: BillLang): LawSentence[] {
  if (lang !== 'ja') return [{ text }];
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (opening.has(ch)) depth += 1;
    else if (closing.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '。' && depth === 0 && i + 1 < text.length) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  const hasProviso = out.slice(1).some((s) => s.startsWith('ただし'));
  if (!hasProviso) return out.map((s) => ({ text: s }));
  return out.map((s, i) => ({ text: s, function: i > 0 && s.startsWith('ただし') ? 'proviso' : 'main' }));
}
