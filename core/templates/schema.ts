// The template file format (templates/*.json), as TypeScript types and the zod schema that checks them
// at load time. The body mirrors the bill node vocabulary (core/bill/nodes.ts) in a compact form: each
// provision has a `type`, an optional template-local `id` (the target of cross-references), its own text
// (title / caption / text) and `children`. Guidance and alternatives sit on the provision they explain.
// Structural rules zod cannot express (ids, references, alternatives) are in checkTemplate.ts.
import { z } from 'zod';
import { billLangs, type BillLang } from '../bill/types';
import type { GuidanceNote, TemplateMeasure } from './types';

/** A cross-reference to the provision whose template-local id is `target`. */
export interface TemplateXref {
  type: 'xref';
  target: string;
}
/** Inline text: a plain string, or a list of strings and cross-references. */
export type TemplateText = string | (string | TemplateXref)[];

/** A choose-one variant of the provision it sits on; the default variant's content is the provision itself. */
export interface TemplateVariant {
  id: string;
  label: string;
  summary: string;
  default?: boolean;
  content?: TemplateProvision;
}

interface ProvisionBase {
  id?: string;
  guidance?: GuidanceNote;
  alternatives?: TemplateVariant[];
}
export interface TemplateSubitem extends ProvisionBase {
  type: 'subitem';
  text: TemplateText;
}
export interface TemplateItem extends ProvisionBase {
  type: 'item';
  text: TemplateText;
  children?: TemplateSubitem[];
}
export interface TemplateParagraph extends ProvisionBase {
  type: 'paragraph';
  text: TemplateText;
  children?: TemplateItem[];
}
export interface TemplateArticle extends ProvisionBase {
  type: 'article';
  caption: TemplateText;
  branch?: boolean;
  children: TemplateParagraph[];
}
export interface TemplateSection extends ProvisionBase {
  type: 'section';
  title: TemplateText;
  children: TemplateArticle[];
}
export interface TemplateChapter extends ProvisionBase {
  type: 'chapter';
  title: TemplateText;
  children: (TemplateSection | TemplateArticle)[];
}
export interface TemplateSupplProvision extends ProvisionBase {
  type: 'supplProvision';
  children: (TemplateArticle | TemplateParagraph)[];
}
export type TemplateProvision =
  | TemplateSubitem
  | TemplateItem
  | TemplateParagraph
  | TemplateArticle
  | TemplateSection
  | TemplateChapter
  | TemplateSupplProvision;

/** A bill template file. */
export interface BillTemplate {
  id: string;
  version: string;
  lang: BillLang;
  measure: TemplateMeasure;
  title: string;
  description: string;
  bill: {
    title: string;
    children: (TemplateChapter | TemplateArticle)[];
    supplProvisions?: TemplateSupplProvision[];
  };
}

const localIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const localId = z
  .string()
  .max(80)
  .regex(localIdPattern, 'ids are lower-case words joined by hyphens, e.g. "a-purpose"');
const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

const xref: z.ZodType<TemplateXref> = z.strictObject({ type: z.literal('xref'), target: localId });
const text: z.ZodType<TemplateText> = z.union([z.string(), z.array(z.union([z.string(), xref]))], {
  error: 'text must be a string or a list of strings and {"type":"xref","target":…} references',
});

const guidanceNote: z.ZodType<GuidanceNote> = z.strictObject({
  rationale: nonEmpty('guidance.rationale'),
  decisions: z.array(nonEmpty('a decision')),
  safeguards: z.array(nonEmpty('a safeguard')),
  related: z.array(nonEmpty('a related source')).optional(),
});

const variant: z.ZodType<TemplateVariant> = z.strictObject({
  id: localId,
  label: nonEmpty('label'),
  summary: nonEmpty('summary'),
  default: z.literal(true).optional(),
  content: z.lazy(() => anyProvision).optional(),
});

const base = {
  id: localId.optional(),
  guidance: guidanceNote.optional(),
  alternatives: z.array(variant).optional(),
};

/** A list of child nodes of the given kinds, with a readable error for an unknown or misplaced type. */
type Discriminable = z.core.$ZodTypeDiscriminable;
function nodes<const T extends readonly [Discriminable, ...Discriminable[]]>(
  where: string,
  options: T,
  min = 0,
) {
  const names = options.map((o) => [...(o._zod.propValues?.type ?? [])].join('')).join(', ');
  const one = z.discriminatedUnion('type', options, {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `unknown or misplaced node type in ${where} (allowed here: ${names})`
        : undefined,
  });
  return z.array(one).min(min, `${where} needs at least ${min} child node${min === 1 ? '' : 's'} (${names})`);
}

const subitem = z.strictObject({ type: z.literal('subitem'), ...base, text });
const item = z.strictObject({
  type: z.literal('item'),
  ...base,
  text,
  children: nodes('an item', [subitem]).optional(),
});
const paragraph = z.strictObject({
  type: z.literal('paragraph'),
  ...base,
  text,
  children: nodes('a paragraph', [item]).optional(),
});
const article = z.strictObject({
  type: z.literal('article'),
  ...base,
  caption: text,
  branch: z.boolean().optional(),
  children: nodes('an article', [paragraph], 1),
});
const section = z.strictObject({
  type: z.literal('section'),
  ...base,
  title: text,
  children: nodes('a section', [article], 1),
});
const chapter = z.strictObject({
  type: z.literal('chapter'),
  ...base,
  title: text,
  children: nodes('a chapter', [section, article], 1),
});
const supplProvision = z.strictObject({
  type: z.literal('supplProvision'),
  ...base,
  children: nodes('supplementary provisions', [article, paragraph], 1),
});
const anyProvision: z.ZodType<TemplateProvision> = z.discriminatedUnion(
  'type',
  [subitem, item, paragraph, article, section, chapter, supplProvision],
  { error: (iss) => (iss.code === 'invalid_union' ? 'unknown node type in alternative content' : undefined) },
);

/** The zod schema of a template file. */
export const billTemplateSchema: z.ZodType<BillTemplate> = z.strictObject({
  id: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/, 'template ids are lower-case, e.g. "measure1.ja"'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is semver, e.g. "1.0.0"'),
  lang: z.enum(billLangs),
  measure: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal('omnibus'), z.literal('none')], {
    error: 'measure is 1, 2, 3, "omnibus" or "none"',
  }),
  title: nonEmpty('title'),
  description: nonEmpty('description'),
  bill: z.strictObject({
    title: nonEmpty('bill.title'),
    children: nodes('the bill body', [chapter, article], 1),
    supplProvisions: nodes('the bill', [supplProvision]).optional(),
  }),
});
