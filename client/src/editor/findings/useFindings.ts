// React's view of the findings plugin: the listed findings (a stable array while only positions move),
// the requested card, the rule texts, and the current citation of every provision they mention.
import { useEditorState, type Editor } from '@tiptap/react';
import type { RuleDescription } from '../../../../core/rules';
import { getNumbering } from '../extensions/Numbering';
import { getFindings, placedFinding, type FindingCardRequest, type FindingsStats, type ListedFinding } from './findingsState';

const none: readonly ListedFinding[] = [];
const noDescription = (): RuleDescription | undefined => undefined;

export interface FindingsView {
  listed: readonly ListedFinding[];
  card: FindingCardRequest | null;
  describe: (ruleId: string) => RuleDescription | undefined;
  /** pid → citation (第一条第二項 / Article 1, paragraph (2)) of every provision a finding names. */
  cites: Readonly<Record<string, string>>;
}

/** The findings as panels and cards show them; re-renders only when one of these changes. */
export function useFindings(editor: Editor): FindingsView {
  return useEditorState({
    editor,
    selector: ({ editor: e }): FindingsView => {
      const s = getFindings(e.state);
      const listed = s?.listed ?? none;
      const numbers = getNumbering(e.state)?.numbers;
      const cites: Record<string, string> = {};
      for (const f of listed) {
        for (const pid of [f.pid, ...(f.related ?? [])]) cites[pid] = numbers?.get(pid)?.cite ?? '';
      }
      return { listed, card: s?.card ?? null, describe: s?.describe ?? noDescription, cites };
    },
  });
}

/** The lint timings of this editor (for the panel's data attributes). */
export function useFindingsStats(editor: Editor): FindingsStats | null {
  return useEditorState({ editor, selector: ({ editor: e }) => getFindings(e.state)?.stats ?? null });
}

/** The current range of finding `key` (null when it is gone or none is asked for). */
export function useFindingRange(editor: Editor, key: string | null): { from: number; to: number } | null {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = key ? getFindings(e.state) : undefined;
      const f = s && key ? placedFinding(s, key) : undefined;
      return f ? { from: f.from, to: f.to } : null;
    },
  });
}
