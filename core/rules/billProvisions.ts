// The provisions of a bill JSON as the engine sees them: pid + own text, in reading order.
import { billLines } from '../bill/text';
import type { BillJSON, BillLang } from '../bill/types';
import type { ProvisionText } from './types';

/** Every provision line of a bill that has a pid and text (titles, captions, sentences), in order. */
export function billProvisions(doc: BillJSON, lang: BillLang): ProvisionText[] {
  const out: ProvisionText[] = [];
  for (const line of billLines(doc, lang))
    if (line.pid && line.text.trim()) out.push({ pid: line.pid, text: line.text });
  return out;
}
