// Fresh provision nodes for the structure commands, built from core's JSON builders so every one
// gets a new pid and the same shape the server seeds.
import type { Fragment, Node as PMNode, Schema } from '@tiptap/pm/model';
import { articleJSON, chapterJSON, itemJSON, paragraphJSON, subitemJSON } from '../../../../core/bill';

/** An article with an empty caption and one empty paragraph. */
export const newArticle = (schema: Schema): PMNode => schema.nodeFromJSON(articleJSON('', ['']));

/** A chapter with an empty title holding one new article. */
export const newChapter = (schema: Schema): PMNode =>
  schema.nodeFromJSON(chapterJSON('', [articleJSON('', [''])]));

/** A paragraph whose sentence holds `content` (empty by default). */
export function newParagraph(schema: Schema, content?: Fragment): PMNode {
  return withSentence(schema.nodeFromJSON(paragraphJSON('')), content);
}

/** An item whose sentence holds `content`. */
export function newItem(schema: Schema, content?: Fragment): PMNode {
  return withSentence(schema.nodeFromJSON(itemJSON('')), content);
}

/** A subitem whose sentence holds `content`. */
export function newSubitem(schema: Schema, content?: Fragment): PMNode {
  return withSentence(schema.nodeFromJSON(subitemJSON('')), content);
}

/** The same provision with `content` as the text of its first child (its sentence). */
function withSentence(provision: PMNode, content?: Fragment): PMNode {
  const sentence = provision.firstChild;
  if (!content || !sentence) return provision;
  return provision.copy(provision.content.replaceChild(0, sentence.copy(content)));
}
