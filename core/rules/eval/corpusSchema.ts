// The labelled corpus format (tests/fixtures/rules/corpus.json): single clauses labelled with the
// provision-level categories that should fire, and small bills listing the bill checks that should be open.
import { z } from 'zod';
import { categories } from '../types';

const lang = z.enum(['ja', 'en']);

/** Validates tests/fixtures/rules/corpus.json. */
export const corpusSchema = z.strictObject({
  version: z.literal(1),
  labelGuide: z.record(z.string(), z.string()),
  clauses: z.array(
    z.strictObject({
      id: z.string(),
      lang,
      /** dev: written with the packs; heldout: written afterwards, first scored with the packs frozen. */
      split: z.enum(['dev', 'heldout']),
      source: z.string(),
      text: z.string().min(1),
      labels: z.array(z.enum(categories).exclude(['safeguards'])),
      note: z.string().optional(),
    }),
  ),
  bills: z.array(
    z.strictObject({
      id: z.string(),
      lang,
      note: z.string(),
      provisions: z.array(z.string().min(1)).min(1),
      expect: z.array(z.string().regex(/^SG-\d{3}$/)),
    }),
  ),
});

export type Corpus = z.infer<typeof corpusSchema>;
