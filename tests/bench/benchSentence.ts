// The one sentence per room that every bench client types into: a paragraph (bill schema shape) appended
// to the `content` fragment by the room's first client and found by the others once it has synced to them.
import * as Y from 'yjs';

const BENCH_PID = 'bench-paragraph';

/** Appends paragraph > paragraphSentence > text to the fragment; returns the text. */
export function createBenchSentence(fragment: Y.XmlFragment): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('pid', BENCH_PID);
  const sentence = new Y.XmlElement('paragraphSentence');
  const text = new Y.XmlText();
  sentence.insert(0, [text]);
  paragraph.insert(0, [sentence]);
  fragment.insert(fragment.length, [paragraph]);
  return text;
}

/** The bench sentence's text if this document has it yet. */
export function findBenchSentence(fragment: Y.XmlFragment): Y.XmlText | null {
  for (const child of fragment.toArray()) {
    if (
      child instanceof Y.XmlElement &&
      child.nodeName === 'paragraph' &&
      child.getAttribute('pid') === BENCH_PID
    ) {
      const sentence = child.get(0);
      const text = sentence instanceof Y.XmlElement ? sentence.get(0) : null;
      return text instanceof Y.XmlText ? text : null;
    }
  }
  return null;
}
