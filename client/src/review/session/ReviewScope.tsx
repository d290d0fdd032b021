import { useEffect, useMemo, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { PublicUser } from '../../../../core/auth/roles';
import { allows, type BillSummary } from '../../api/billsApi';
import { ReviewContext, type ReviewScopeValue } from './ReviewContext';
import { ReviewSession } from './ReviewSession';

interface ReviewScopeProps {
  billId: string;
  /** The bill's metadata with the caller's permissions; null while it loads (nothing connects yet). */
  bill: BillSummary | null;
  user: PublicUser;
  /** The bill's text, which thread anchors point into. */
  fragment: Y.XmlFragment;
  children: ReactNode;
}

/**
 * Syncs the bill's review room for as long as the editor page shows the bill, and gives the threads
 * panel, highlights, finding cards and waivers what they need (session, user, permissions).
 */
export function ReviewScope({ billId, bill, user, fragment, children }: ReviewScopeProps) {
  const session = useMemo(() => new ReviewSession(billId, fragment), [billId, fragment]);
  const ready = !!bill;

  useEffect(() => {
    if (!ready) return;
    session.connect();
    return () => session.disconnect();
  }, [session, ready]);

  const canComment = !!bill && allows(bill, 'comment.create');
  const canResolve = !!bill && allows(bill, 'comment.resolve');
  const canWaive = !!bill && allows(bill, 'finding.waive');
  const value = useMemo<ReviewScopeValue | null>(
    () => (ready ? { session, billId, me: user, canComment, canResolve, canWaive } : null),
    [ready, session, billId, user, canComment, canResolve, canWaive],
  );
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}
