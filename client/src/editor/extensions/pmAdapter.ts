import type { Node as PMNode } from '@tiptap/pm/model';
import type { TreeAdapter } from '../../../../core/bill';

/** Lets core's deriveNumbers walk a live ProseMirror document. */
export const pmAdapter: TreeAdapter<PMNode> = {
  type: (n) => n.type.name,
  attrs: (n) => n.attrs,
  children: (n) => n.content.content,
  text: (n) => n.textContent,
};
