// The review layer's vocabulary (DESIGN.md §5): threads and comments as the server writes them into a
// bill's review document, and the anchor that ties a thread to words of a provision.

/** Limits the API enforces (and the client can show). */
export const reviewLimits = { maxBodyChars: 5000, maxQuoteChars: 2000, maxAnchorChars: 512 } as const;

/** The shared map of a review Y.Doc: thread id → ThreadRecord (plain JSON, replaced whole on change). */
export const REVIEW_THREADS_FIELD = 'threads';

export const threadKinds = ['comment', 'waiver'] as const;
export type ThreadKind = (typeof threadKinds)[number];

export const threadStatuses = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof threadStatuses)[number];

/** A user as threads show them. */
export interface UserRef {
  id: string;
  username: string;
  displayName: string;
}

/**
 * Where a thread points: a provision pid, a range of its text as two Yjs relative positions (base64 of
 * Y.encodeRelativePosition, on the XmlText runs of the provision's sentence), and the words quoted when
 * the thread was started.
 */
export interface ThreadAnchor {
  pid: string;
  start: string;
  end: string;
  quote: string;
}

/** One comment. Deleted comments stay as tombstones (empty body) so replies keep their context. */
export interface CommentRecord {
  id: string;
  author: UserRef;
  /** Plain text (render as text, never as HTML). */
  body: string;
  /** Members mentioned with @username (resolved when written). */
  mentions: UserRef[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

/** What a waiver thread waives: one rule on one provision, while the provision's text hashes the same. */
export interface WaiverRecord {
  ruleId: string;
  /** provisionTextHash of the provision's text when the finding was waived. */
  textHash: string;
}

/** A thread as stored in the review document. */
export interface ThreadRecord {
  id: string;
  kind: ThreadKind;
  /** The provision the thread is about (also anchor.pid when there is an anchor). */
  pid: string;
  /** Always set for comment threads; set for a waiver when the finding's words could be anchored. */
  anchor: ThreadAnchor | null;
  waiver: WaiverRecord | null;
  status: ThreadStatus;
  createdBy: UserRef;
  createdAt: string;
  /** Who last resolved or reopened the thread, and when. */
  statusBy: UserRef | null;
  statusAt: string | null;
  /** The first comment opens the thread (for a waiver: its reason); the rest are replies. */
  comments: CommentRecord[];
}

/** An anchor resolved against the current bill: the range in the sentence's text, or orphaned. */
export type ResolvedAnchor =
  | {
      orphaned: false;
      /** Offsets into sentenceRuns(sentence).text (the provision's text runs; cross-references count 0). */
      start: number;
      end: number;
      text: string;
      /** `position`: the relative positions held; `quote`: re-attached by finding the quote in the provision. */
      via: 'position' | 'quote';
    }
  | { orphaned: true; reason: 'provision-missing' | 'text-deleted' };
