import type { BillJSON, BillLang, ProvisionNumber } from './types';
import { deriveNumbers, jsonAdapter } from './numbering';

/** The numbered outline of a bill in document order: pid → label, with headings and depth. */
export function billOutline(doc: BillJSON, lang: BillLang): ProvisionNumber[] {
  const out: ProvisionNumber[] = [];
  deriveNumbers(doc, jsonAdapter, lang, (_node, num) => out.push(num));
  return out;
}
