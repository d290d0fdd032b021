// Request schemas (zod). Limits here are the API's documented limits.
import { z } from 'zod';
import { billLangs } from '../../../core/bill/types';
import { roles } from '../../../core/auth/roles';

const title = z.string().trim().min(1, 'title must not be empty').max(300, 'title is at most 300 characters');
const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,40}$/, 'username: 3–40 letters, digits, dot, underscore or hyphen');

export const createBillBody = z.object({
  title,
  lang: z.enum(billLangs),
  templateId: z.string().min(1).max(100).optional(),
});

export const patchBillBody = z.object({ title });

export const billIdParam = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'malformed bill id') });

export const accountBody = z.object({
  username,
  password: z.string().min(10, 'password: at least 10 characters').max(200, 'password: at most 200 characters'),
  displayName: z.string().trim().max(80, 'displayName: at most 80 characters').optional(),
});

export const loginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

export const memberBody = z.object({ username, role: z.enum(roles) });

export const memberParam = billIdParam.extend({ username });

export const settingsBody = z.object({ selfRegistration: z.boolean() });
