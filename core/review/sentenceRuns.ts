// A provision's text as the review layer counts it: the XmlText runs of its sentence element, joined.
// Inline atoms (cross-references) sit between runs and count 0, as ProseMirror's textBetween does.
import * as Y from 'yjs';

/** One XmlText child of a sentence and where its text starts in the joined text. */
export interface TextRun {
  text: Y.XmlText;
  offset: number;
  length: number;
}

/** The text runs of a sentence element and their joined text. */
export function sentenceRuns(sentence: Y.XmlElement): { runs: TextRun[]; text: string } {
  const runs: TextRun[] = [];
  let text = '';
  for (const child of sentence.toArray()) {
    if (!(child instanceof Y.XmlText)) continue;
    // From the delta, not toString(): toString renders formatting as XML tags. Embeds count 1, as in Yjs.
    const s = child
      .toDelta()
      .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '\uFFFC'))
      .join('');
    runs.push({ text: child, offset: text.length, length: child.length });
    text += s;
  }
  return { runs, text };
}
