// Request schemas of the review API (threads, comments, waivers, notifications). Limits: core/review reviewLimits.
import { z } from 'zod';
import { reviewLimits, threadStatuses } from '../../../core/review/types';
import { billIdParam } from './schemas';

/** Comment text: plain text, trimmed, 1–5000 characters, no control characters but tab and newline. */
export const commentText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(reviewLimits.maxBodyChars, `at most ${reviewLimits.maxBodyChars} characters`)
  .refine(
    (s) => ![...s].some((ch) => ch < ' ' && ch !== '\n' && ch !== '\t'),
    'control characters are not allowed',
  );

const relativePosition = z
  .string()
  .min(1)
  .max(reviewLimits.maxAnchorChars, `at most ${reviewLimits.maxAnchorChars} characters`)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64 of Y.encodeRelativePosition');

const pid = z.string().min(1, 'must not be empty').max(100, 'at most 100 characters');

export const createThreadBody = z.strictObject({
  kind: z.literal('comment').optional(),
  anchor: z.strictObject({
    pid,
    quote: z
      .string()
      .min(1, 'must not be empty')
      .max(reviewLimits.maxQuoteChars, `at most ${reviewLimits.maxQuoteChars} characters`),
    start: relativePosition.optional(),
    end: relativePosition.optional(),
  }),
  body: commentText,
});

export const createWaiverBody = z.strictObject({
  kind: z.literal('waiver'),
  finding: z.strictObject({
    pid,
    ruleId: z.string().min(1, 'must not be empty').max(40, 'at most 40 characters'),
    textHash: z
      .string()
      .regex(/^[0-9a-f]{32}$/, 'must be the hex hash the findings were read with')
      .optional(),
  }),
  body: commentText,
});

export const threadParam = billIdParam.extend({ tid: z.string().min(1).max(64) });
export const commentParam = threadParam.extend({ cid: z.string().min(1).max(64) });
export const threadStatusBody = z.strictObject({ status: z.enum(threadStatuses) });
export const commentBody = z.strictObject({ body: commentText });
export const markReadBody = z.strictObject({
  ids: z.array(z.number().int().positive()).max(1000).optional(),
});
