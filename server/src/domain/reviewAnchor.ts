// The anchor a client asks for, checked against the bill's current text: relative positions that lie in
// the provision and cover exactly the quoted words — or, without positions, the first occurrence of the
// quote in the provision.
import * as Y from 'yjs';
import { AnchorError, createAnchor } from '../../../core/review/createAnchor';
import { decodeRelativePosition } from '../../../core/review/relativePositionCodec';
import { resolveAnchor } from '../../../core/review/resolveAnchor';
import { sentenceRuns } from '../../../core/review/sentenceRuns';
import { sentencesByPid } from '../../../core/review/sentencesByPid';
import type { ThreadAnchor } from '../../../core/review/types';
import { DomainError } from './errors';

/** What a client sends: pid and quote, and the range as base64 relative positions (both or neither). */
export interface AnchorRequest {
  pid: string;
  quote: string;
  start?: string;
  end?: string;
}

const invalid = (message: string) => new DomainError('invalid', message);

/** A ThreadAnchor for the request, or a 400 (malformed, elsewhere) / 409 (the text moved on) error. */
export function reviewAnchor(fragment: Y.XmlFragment, req: AnchorRequest): ThreadAnchor {
  const sentences = sentencesByPid(fragment);
  const sentence = sentences.get(req.pid);
  if (!sentence) throw invalid('anchor.pid: no provision with this pid has text');
  if (req.start === undefined || req.end === undefined) {
    if (req.start !== undefined || req.end !== undefined)
      throw invalid('anchor: give both start and end, or neither');
    const at = sentenceRuns(sentence).text.indexOf(req.quote);
    if (at < 0) throw invalid('anchor.quote: not found in the provision');
    try {
      return createAnchor(fragment, req.pid, at, at + req.quote.length, sentences);
    } catch (err) {
      if (err instanceof AnchorError) throw invalid(`anchor: ${err.message}`);
      throw err;
    }
  }
  const { runs } = sentenceRuns(sentence);
  for (const field of ['start', 'end'] as const) {
    const rel = decodeRelativePosition(req[field] ?? '');
    if (!rel) throw invalid(`anchor.${field}: not a base64 Yjs relative position`);
    const abs = fragment.doc ? Y.createAbsolutePositionFromRelativePosition(rel, fragment.doc) : null;
    if (!abs)
      throw new DomainError(
        'conflict',
        `anchor.${field}: refers to text the server does not have (yet): try again`,
      );
    if (!runs.some((r) => r.text === abs.type))
      throw invalid(`anchor.${field}: not inside the text of provision ${req.pid}`);
  }
  const anchor: ThreadAnchor = { pid: req.pid, start: req.start, end: req.end, quote: req.quote };
  const now = resolveAnchor(fragment, anchor, sentences);
  if (now.orphaned || now.via !== 'position' || now.text !== req.quote) {
    const found = now.orphaned || now.via !== 'position' ? 'an empty range' : `“${now.text}”`;
    throw new DomainError(
      'conflict',
      `anchor: the range now covers ${found}, not the quote: select the words again`,
    );
  }
  return anchor;
}
