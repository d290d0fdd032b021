// Load-time validation of one template file: the zod schema first, then the structural rules.
import type { z } from 'zod';
import { checkTemplate, type TemplateIssue } from './checkTemplate';
import { billTemplateSchema, type BillTemplate } from './schema';
import { TemplateError } from './TemplateError';

/** `["bill", "children", 2, "caption"]` → `bill.children[2].caption`. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function fromZod(issue: z.core.$ZodIssue): TemplateIssue {
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return {
    path: jsonPath(issue.path),
    message: missing ? `missing required field (${issue.message})` : issue.message,
  };
}

/** Parses and checks a template (`raw` is the parsed JSON); throws a TemplateError naming `file`, paths and reasons. */
export function validateTemplate(raw: unknown, file: string): BillTemplate {
  const parsed = billTemplateSchema.safeParse(raw);
  if (!parsed.success) throw new TemplateError(file, parsed.error.issues.map(fromZod));
  const issues = checkTemplate(parsed.data);
  if (issues.length) throw new TemplateError(file, issues);
  return parsed.data;
}
