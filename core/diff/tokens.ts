// Inline content as diff tokens. A cross-reference is one token keyed by its target, so a reference
// whose target was only renumbered compares equal although its printed citation changed. Text is kept
// in runs until a provision's text actually changed: only then is it cut into words (segmenting every
// provision of a long bill would cost more than the whole diff).
import type { BillJSON, BillLang, ProvisionNumber } from '../bill/types';
import { styleFor } from '../bill/styles';
import type { WordSplitter } from './wordSplitter';

/** One word, run of text or cross-reference: `key` is compared, `text` is printed. */
export interface Token {
  key: string;
  text: string;
  /** A cross-reference: never split into words. */
  atom?: boolean;
}

// A prefix no typed text starts with, so a reference never equals a word.
const refPrefix = '\u0000xref:';

/** The text runs and cross-references of a text node's inline content, rendered with the current numbers. */
export function inlineTokens(node: BillJSON | undefined, numbers: ReadonlyMap<string, ProvisionNumber>, lang: BillLang): Token[] {
  const out: Token[] = [];
  const visit = (n: BillJSON) => {
    if (n.type === 'text') {
      const text = n.text ?? '';
      const last = out.at(-1);
      if (last && !last.atom) last.key = last.text += text;
      else if (text) out.push({ key: text, text });
    } else if (n.type === 'xref') {
      const target = n.attrs?.target;
      const num = typeof target === 'string' ? numbers.get(target) : undefined;
      const text = num ? num.cite : styleFor(lang).brokenRef;
      out.push({ key: `${refPrefix}${String(target)}:${num ? 'ok' : 'broken'}`, text, atom: true });
    } else for (const c of n.content ?? []) visit(c);
  };
  if (node) for (const c of node.content ?? []) visit(c);
  return out;
}

/** The tokens with their text runs cut into words. */
export function splitWords(tokens: readonly Token[], split: WordSplitter): Token[] {
  return tokens.flatMap((t) => (t.atom ? [t] : split(t.text).map((word) => ({ key: word, text: word }))));
}

/** True when two token lists compare equal. */
export function sameTokens(a: readonly Token[], b: readonly Token[]): boolean {
  return a.length === b.length && a.every((t, i) => t.key === b[i]?.key);
}

/** The printed text of tokens. */
export function tokensText(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join('');
}
