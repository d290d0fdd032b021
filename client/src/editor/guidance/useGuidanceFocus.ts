import { useEditorState, type Editor } from '@tiptap/react';
import type { BillJSON } from '../../../../core/bill';
import type { BillGuidance } from '../../../../core/templates/types';
import { getNumbering } from '../extensions/Numbering';
import { annotatedAncestors } from './annotatedAncestors';
import { matchAlternative } from './matchAlternative';
import { relatedProvisions, type Related } from './relatedProvisions';

/** A provision as the panel names it. */
export interface ProvisionRef {
  pid: string;
  pos: number;
  type: string;
  label: string;
  cite: string;
  heading: string;
}

/** What the guidance panel shows for the cursor's place. */
export interface GuidanceFocus {
  /** Provisions around the cursor with guidance or alternatives, innermost (the one shown) first. */
  chain: ProvisionRef[];
  /** For the shown provision with alternatives: the id of the wording it has, or null when edited. */
  matched: string | null;
  related: Related;
  /** Every provision with guidance or alternatives, in document order (to jump to when none is around). */
  all: ProvisionRef[];
}

const empty: Related = { cites: [], citedBy: [] };

/** Follows the cursor (and every edit, local or remote) to the guidance that applies there. */
export function useGuidanceFocus(editor: Editor, guidance: BillGuidance | null): GuidanceFocus {
  return useEditorState({
    editor,
    selector: ({ editor: e }): GuidanceFocus => {
      const numbering = getNumbering(e.state);
      if (!guidance || !numbering) return { chain: [], matched: null, related: empty, all: [] };
      const annotated = { has: (pid: string) => pid in guidance.guidance || pid in guidance.alternatives };
      const ref = (pid: string, pos: number, type: string): ProvisionRef => {
        const num = numbering.numbers.get(pid);
        return { pid, pos, type, label: num?.label ?? '', cite: num?.cite ?? '', heading: num?.heading ?? '' };
      };
      const chain = annotatedAncestors(e.state.selection.$from, annotated).map((a) =>
        ref(a.pid, a.pos, a.node.type.name),
      );
      const first = chain[0];
      if (!first) {
        const all = numbering.provisions
          .filter((p) => annotated.has(p.num.pid))
          .map((p) => ref(p.num.pid, p.pos, p.num.type));
        return { chain, matched: null, related: empty, all };
      }
      const alternatives = guidance.alternatives[first.pid];
      const node = e.state.doc.nodeAt(first.pos);
      const matched = alternatives && node ? matchAlternative(node.toJSON() as BillJSON, alternatives) : null;
      return { chain, matched, related: relatedProvisions(e.state.doc, first.pid, numbering.numbers), all: [] };
    },
  });
}
