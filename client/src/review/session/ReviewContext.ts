import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PublicUser } from '../../../../core/auth/roles';
import type { ReviewSession, ReviewSnapshot } from './ReviewSession';

/** The open bill's review layer and what the signed-in user may do in it (the bill's permissions). */
export interface ReviewScopeValue {
  session: ReviewSession;
  billId: string;
  me: PublicUser;
  /** comment.create: start threads and reply. */
  canComment: boolean;
  /** comment.resolve: resolve and reopen threads. */
  canResolve: boolean;
  /** finding.waive: waive legal-risk findings. */
  canWaive: boolean;
}

export const ReviewContext = createContext<ReviewScopeValue | null>(null);

/** The review scope of the open bill, or null outside one (or while the bill loads). */
export function useReview(): ReviewScopeValue | null {
  return useContext(ReviewContext);
}

const emptySnapshot: ReviewSnapshot = { records: [], synced: false, views: null };
const noSubscribe = () => () => {};
const noSnapshot = () => emptySnapshot;

/** The live review document and the editor's view of it (empty without a session). */
export function useReviewSnapshot(session: ReviewSession | null | undefined): ReviewSnapshot {
  return useSyncExternalStore(session ? session.subscribe : noSubscribe, session ? session.getSnapshot : noSnapshot);
}
