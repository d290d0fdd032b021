// Where each provision's own text lives in a bill Y.Doc: the sentence/title/caption element under the
// provision element that carries the pid (core/bill textChildOf).
import * as Y from 'yjs';
import { textChildOf } from '../bill/nodes';

/** Every live provision's text element (sentence, title or caption), keyed by pid. */
export function sentencesByPid(fragment: Y.XmlFragment): Map<string, Y.XmlElement> {
  const out = new Map<string, Y.XmlElement>();
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const pid = child.getAttribute('pid');
      const textName = textChildOf[child.nodeName];
      if (typeof pid === 'string' && textName && !out.has(pid)) {
        const sentence = child
          .toArray()
          .find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === textName);
        if (sentence) out.set(pid, sentence);
      }
      visit(child);
    }
  };
  visit(fragment);
  return out;
}
