import type { ThreadView } from '../../../../core/review';
import { useReview, useReviewSnapshot, type ReviewScopeValue } from '../session/ReviewContext';

/** The waiver in force on finding (pid, ruleId) now, from the live review document (none when lapsed). */
export function useWaiver(pid: string, ruleId: string): { review: ReviewScopeValue | null; waiver: ThreadView | undefined } {
  const review = useReview();
  const { views } = useReviewSnapshot(review?.session);
  const waiver = views?.find((v) => v.kind === 'waiver' && v.pid === pid && v.waiver?.ruleId === ruleId && v.waiverInForce);
  return { review, waiver };
}
