// Request schemas (zod). Limits here are the API's documented limits.
import { z } from 'zod';
import { billLangs } from '../../../core/bill/types';

const title = z.string().trim().min(1, 'title must not be empty').max(300, 'title is at most 300 characters');

export const createBillBody = z.object({
  title,
  lang: z.enum(billLangs),
  templateId: z.string().min(1).max(100).optional(),
});

export const patchBillBody = z.object({ title });

export const billIdParam = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'malformed bill id') });
