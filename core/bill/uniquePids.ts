// Keeps every provision's pid present and unique. Splitting a node copies its attrs, and pasted or
// template content may lack ids: this appendTransaction fixes both. The choice of which duplicate to
// rename is deterministic (the later one), so concurrent clients converge on the same fix.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { newPid } from './ids';
import { isProvisionType } from './types';

export const uniquePidsKey = new PluginKey('billUniquePids');

/** Positions of provision nodes whose pid is missing or repeats an earlier one. */
export function findPidConflicts(doc: PMNode): number[] {
  const seen = new Set<string>();
  const conflicts: number[] = [];
  doc.descendants((node, pos) => {
    if (!isProvisionType(node.type.name)) return true;
    const pid = node.attrs.pid as unknown;
    if (typeof pid !== 'string' || !pid || seen.has(pid)) conflicts.push(pos);
    else seen.add(pid);
    return true;
  });
  return conflicts;
}

export const UniquePids = Extension.create({
  name: 'uniquePids',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: uniquePidsKey,
        appendTransaction(transactions, _old, state) {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          const conflicts = findPidConflicts(state.doc);
          if (!conflicts.length) return null;
          const tr = state.tr;
          for (const pos of conflicts) tr.setNodeAttribute(pos, 'pid', newPid());
          return tr.setMeta('addToHistory', false);
        },
      }),
    ];
  },
});
