// Validates untrusted bill JSON (CLI files, POST /api/lint) before linting: a `bill` root and nodes of
// the ProseMirror JSON shape, nested no deeper than any real bill, with bounded size.
import { z } from 'zod';
import type { BillJSON } from '../bill/types';

/** Limits on an untrusted bill document. */
export const billDocumentLimits = { maxDepth: 12, maxNodes: 50_000 } as const;

const nodeSchema: z.ZodType<BillJSON> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).optional(),
    text: z.string().optional(),
    marks: z
      .array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
  }),
);

function measure(node: BillJSON, depth: number, counter: { nodes: number }): string | null {
  counter.nodes++;
  if (depth > billDocumentLimits.maxDepth)
    return `nodes are nested deeper than ${billDocumentLimits.maxDepth} levels`;
  if (counter.nodes > billDocumentLimits.maxNodes) return `more than ${billDocumentLimits.maxNodes} nodes`;
  for (const c of node.content ?? []) {
    const problem = measure(c, depth + 1, counter);
    if (problem) return problem;
  }
  return null;
}

/** A bill document: `{ "type": "bill", "content": [...] }` within the size limits. */
export const billDocumentSchema = nodeSchema.superRefine((doc, ctx) => {
  if (doc.type !== 'bill')
    ctx.addIssue({ code: 'custom', message: 'the root node must have "type": "bill"', path: ['type'] });
  const problem = measure(doc, 0, { nodes: 0 });
  if (problem) ctx.addIssue({ code: 'custom', message: `the bill is too large: ${problem}` });
});
