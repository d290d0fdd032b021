// Threads as the API presents them: each resolved against the bill's current text (core/review threadView).
import type * as Y from 'yjs';
import type { BillLang } from '../../../core/bill/types';
import { sentencesByPid } from '../../../core/review/sentencesByPid';
import { threadView, type ThreadView } from '../../../core/review/threadView';
import type { ThreadRecord } from '../../../core/review/types';
import { billProvisions } from '../../../core/rules/billProvisions';
import { stateToBillJSON } from './billContent';

/** Views of `threads` against the bill text in `fragment` (its encoded state is `state`). */
export function reviewViews(
  threads: readonly ThreadRecord[],
  fragment: Y.XmlFragment,
  state: Uint8Array,
  lang: BillLang,
): ThreadView[] {
  const sentences = sentencesByPid(fragment);
  let texts: Map<string, string> | null = null;
  // The rules' view of the text (with cross-references printed) is only needed for waivers.
  const provisionText = (pid: string) => {
    texts ??= new Map(billProvisions(stateToBillJSON(state), lang).map((p) => [p.pid, p.text]));
    return texts.get(pid);
  };
  return threads.map((t) => threadView(t, fragment, sentences, provisionText));
}
