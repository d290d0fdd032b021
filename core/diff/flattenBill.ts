// A bill as the flat, document-ordered list of what the diff compares: the title and every provision,
// each with its derived number, parent, tokens and printed line (mirroring billLines).
import { deriveNumbers, jsonAdapter } from '../bill/numbering';
import { styleFor } from '../bill/styles';
import { textChildOf } from '../bill/nodes';
import { isProvisionType, type BillJSON, type BillLang, type ProvisionNumber } from '../bill/types';
import type { DiffRowKind } from './types';
import { inlineTokens, tokensText, type Token } from './tokens';

/** One comparable unit of a bill version. */
export interface BillEntry {
  /** The pid; `<pid>~<n>` for the n-th repeat of a pid; `~<kind>~<index>` without a pid; `billTitle`. */
  key: string;
  pid: string | null;
  kind: DiffRowKind;
  parentKey: string | null;
  depth: number;
  label: string;
  cite: string;
  /** Text runs and cross-references (cut into words only when compared with a different text). */
  tokens: Token[];
  text: string;
  line: string | null;
}

/** The title and provisions of a bill in document order, with stable, unique keys. */
export function flattenBill(doc: BillJSON, lang: BillLang): BillEntry[] {
  const style = styleFor(lang);
  const byNode = new Map<BillJSON, ProvisionNumber>();
  const numbers = deriveNumbers(doc, jsonAdapter, lang, (node, num) => byNode.set(node, num));
  const seen = new Map<string, number>();
  const out: BillEntry[] = [];
  const join = (label: string, text: string) => (label && text ? label + style.sep + text : label || text);
  let pendingArticleLabel = '';

  const keyOf = (pid: string | null, kind: string): string => {
    if (!pid) return `~${kind}~${out.length}`;
    const n = (seen.get(pid) ?? 0) + 1;
    seen.set(pid, n);
    return n === 1 ? pid : `${pid}~${n}`;
  };
  const visit = (node: BillJSON, parentKey: string | null) => {
    if (node.type === 'billTitle') {
      const tokens = inlineTokens(node, numbers, lang);
      const text = tokensText(tokens);
      out.push({ key: 'billTitle', pid: null, kind: 'billTitle', parentKey, depth: 0, label: '', cite: '', tokens, text, line: text });
      return;
    }
    if (!isProvisionType(node.type)) return;
    const kind = node.type;
    const rawPid = node.attrs?.pid;
    const pid = typeof rawPid === 'string' && rawPid ? rawPid : null;
    const num = byNode.get(node);
    const textNode = node.content?.find((c) => c.type === textChildOf[kind]);
    const tokens = kind === 'supplProvision' ? [] : inlineTokens(textNode, numbers, lang);
    const text = tokensText(tokens);
    const label = num?.label ?? (kind === 'supplProvision' ? style.supplProvision : '');
    let line: string | null;
    if (kind === 'supplProvision') line = label;
    else if (kind === 'article') {
      line = text ? style.caption(text) : null;
      pendingArticleLabel = label;
    } else {
      let printed = label;
      if (kind === 'paragraph' && pendingArticleLabel) {
        printed = label ? `${pendingArticleLabel}${style.sep}${label}` : pendingArticleLabel;
        pendingArticleLabel = '';
      }
      line = join(printed, text);
    }
    const key = keyOf(pid, kind);
    out.push({ key, pid, kind, parentKey, depth: num?.depth ?? 0, label, cite: num?.cite ?? label, tokens, text, line });
    for (const c of node.content ?? []) visit(c, key);
  };
  for (const c of doc.content ?? []) visit(c, null);
  return out;
}
