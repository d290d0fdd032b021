// Turns a range of a provision's text into a ThreadAnchor whose ends move with the words (not offsets).
import * as Y from 'yjs';
import { encodeRelativePosition } from './relativePositionCodec';
import { sentenceRuns, type TextRun } from './sentenceRuns';
import { sentencesByPid } from './sentencesByPid';
import type { ThreadAnchor } from './types';

/** Why an anchor could not be made. */
export class AnchorError extends Error {}

/** The run holding character `offset` of the joined text. */
function runAt(runs: TextRun[], offset: number): TextRun | undefined {
  return runs.find((r) => offset >= r.offset && offset < r.offset + r.length);
}

/**
 * An anchor on characters [start, end) of the provision's text (offsets as in sentenceRuns). The start
 * sticks to the first quoted character and the end to the last one, so text typed just outside the range
 * stays outside it, and text typed inside it is covered.
 */
export function createAnchor(
  fragment: Y.XmlFragment,
  pid: string,
  start: number,
  end: number,
  sentences: Map<string, Y.XmlElement> = sentencesByPid(fragment),
): ThreadAnchor {
  const sentence = sentences.get(pid);
  if (!sentence) throw new AnchorError(`no provision ${pid} with text`);
  const { runs, text } = sentenceRuns(sentence);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new AnchorError(`range ${start}–${end} is not inside the provision's text (0–${text.length})`);
  }
  const first = runAt(runs, start);
  const last = runAt(runs, end - 1);
  if (!first || !last) throw new AnchorError('range is not inside the provision text');
  const startPos = Y.createRelativePositionFromTypeIndex(first.text, start - first.offset, 0);
  const endPos = Y.createRelativePositionFromTypeIndex(last.text, end - last.offset, -1);
  return {
    pid,
    start: encodeRelativePosition(startPos),
    end: encodeRelativePosition(endPos),
    quote: text.slice(start, end),
  };
}
