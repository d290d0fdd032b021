import type { UserRef } from '../../../../core/review';
import { mentionSegments } from './mentions';

/** A comment's text as text (never HTML), line breaks kept by CSS, @mentions of members highlighted. */
export function CommentText({ body, mentions, meId }: { body: string; mentions: readonly UserRef[]; meId: string }) {
  return (
    <p className="comment__body">
      {mentionSegments(body, mentions).map((segment, i) =>
        segment.mention ? (
          <span
            key={i}
            className={`mention${segment.mention.id === meId ? ' mention--me' : ''}`}
            title={segment.mention.displayName}
            data-testid="mention"
          >
            {segment.text}
          </span>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
