// One numbering walk shared by every export: each node's derived number (by node, so even a node whose
// pid is missing or repeated gets its own), and its text with cross-references rendered as citations.
import { deriveNumbers, jsonAdapter } from '../../../core/bill/numbering';
import { inlineText } from '../../../core/bill/text';
import type { BillJSON, BillLang, ProvisionNumber } from '../../../core/bill/types';

export interface NumberedBill {
  doc: BillJSON;
  lang: BillLang;
  byPid: Map<string, ProvisionNumber>;
  /** The derived number of a provision node of `doc`. */
  numberOf(node: BillJSON): ProvisionNumber | undefined;
  /** Text of the child container of `type` (sentence, title, caption), xrefs rendered. */
  childText(node: BillJSON, type: string): string;
}

/** Numbers every provision of `doc` once. */
export function numberBill(doc: BillJSON, lang: BillLang): NumberedBill {
  const byNode = new Map<BillJSON, ProvisionNumber>();
  const byPid = deriveNumbers(doc, jsonAdapter, lang, (node, num) => byNode.set(node, num));
  return {
    doc,
    lang,
    byPid,
    numberOf: (node) => byNode.get(node),
    childText: (node, type) => inlineText(node.content?.find((c) => c.type === type), byPid, lang),
  };
}

/** Children of `node` of the given types, in order. */
export function childrenOf(node: BillJSON, ...types: string[]): BillJSON[] {
  return (node.content ?? []).filter((c) => types.includes(c.type));
}
