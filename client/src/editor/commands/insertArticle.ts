import type { ResolvedPos } from '@tiptap/pm/model';
import type { Command } from '@tiptap/pm/state';
import { findAncestor } from './findAncestor';
import { articleSentenceOffset, insertProvision } from './insertProvision';
import { newArticle } from './newNodes';

/** Where a new article goes, relative to the cursor. */
function insertPosition($from: ResolvedPos, where: 'after' | 'before'): number | null {
  const article = findAncestor($from, ['article']);
  if (article) return where === 'after' ? article.pos + article.node.nodeSize : article.pos;
  // In a chapter or section title: the new article opens that chapter or section.
  const container = findAncestor($from, ['section', 'chapter']);
  if (container) return container.pos + 1 + (container.node.firstChild?.nodeSize ?? 0);
  // In a paragraph of 附則 that has no articles.
  const paragraph = findAncestor($from, ['paragraph']);
  if (paragraph) return where === 'after' ? paragraph.pos + paragraph.node.nodeSize : paragraph.pos;
  if ($from.depth >= 1 && $from.node(1).type.name === 'billTitle') return $from.after(1);
  return null;
}

/** A new article (empty caption, one empty paragraph) after or before the article at the cursor; the cursor moves into its paragraph. */
export function insertArticle(where: 'after' | 'before'): Command {
  return (state, dispatch) => {
    const pos = insertPosition(state.selection.$from, where);
    if (pos === null) return false;
    const article = newArticle(state.schema);
    const tr = state.tr;
    if (!insertProvision(tr, pos, article, articleSentenceOffset(article))) return false;
    dispatch?.(tr);
    return true;
  };
}
