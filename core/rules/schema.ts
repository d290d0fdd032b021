// The rule-pack format (DESIGN.md §6): packs are JSON data, validated here when they are loaded.
// Strict objects everywhere, so a misspelt key is refused instead of silently ignored.
import { z } from 'zod';
import { citationIdSchema, type Citation } from './citations';
import { categories, severities } from './types';

/** Checks that a regex source compiles with the flags the engine uses. */
const compiles = (source: string) => {
  try {
    new RegExp(source, 'gu');
    return true;
  } catch {
    return false;
  }
};

/**
 * A pattern: a literal term, or `{ "re": … }` for a regular expression. Both are matched against the
 * normalised provision text (NFKC, lower case, no spaces next to Japanese, no 中黒). A term whose edge
 * is a Latin letter or digit only matches at a word boundary there; a trailing `*` lets the word go on.
 */
export const patternSchema = z.union([
  z.string().trim().min(1, 'a term must not be empty'),
  z.strictObject({
    re: z.string().min(1).refine(compiles, { message: 'not a valid regular expression (flags gu)' }),
  }),
  /** Every pattern of a named vocabulary (a concept such as "communications" or "computer"). */
  z.strictObject({ vocab: z.string().regex(/^[a-z][a-z0-9-]*$/, 'vocabulary ids are kebab-case') }),
]);

/** A vocabulary holds terms and regexes only (no nested vocabularies). */
const vocabularyPattern = z.union([
  z.string().trim().min(1, 'a term must not be empty'),
  z.strictObject({
    re: z.string().min(1).refine(compiles, { message: 'not a valid regular expression (flags gu)' }),
  }),
]);

const patterns = z.array(patternSchema).min(1, 'needs at least one pattern');

/** Where a rule fires: any `any` pattern, and (if given) some pattern of every `with` group too. */
export const triggerSchema = z.strictObject({
  any: patterns,
  with: z.array(patterns).optional(),
});

const localized = z.strictObject({ ja: z.string().trim().min(1), en: z.string().trim().min(1) });
const ruleId = z.string().regex(/^[A-Z][A-Z0-9]{0,5}-\d{3}$/, 'rule ids look like A21-003 or UA-002');
const safeguardId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'safeguard ids are kebab-case');

const explained = {
  message: localized,
  rationale: localized,
  /** Ids in the citation catalogue (packs/citations.json), resolved when the packs are loaded. */
  citations: z.array(citationIdSchema).min(1, 'cite at least one provision'),
  suggestion: localized,
};

/** A provision-level rule. */
export const ruleSchema = z.strictObject({
  id: ruleId,
  category: z.enum(categories).exclude(['safeguards']),
  severity: z.enum(severities),
  trigger: triggerSchema,
  /** Raise the severity when one of these also occurs in the provision. */
  escalate: z.array(z.strictObject({ when: patterns, to: z.enum(severities) })).optional(),
  /** Spans where the trigger words mean something else (hits overlapping them are ignored). */
  exclude: z.array(patternSchema).optional(),
  /** Safeguards that, present in the same provision, lower the severity one step each. */
  mitigatedBy: z.array(safeguardId).optional(),
  /** How many distinct safeguards make the finding `addressed` (default 2). */
  addressedWhen: z.number().int().min(1).optional(),
  /**
   * Safeguards that answer the rule's concern on their own (a clause that affirms the secrecy of
   * communications, or rules out the use of force): present in the same provision, any one of them marks
   * the finding `addressed`. They also count among the mitigations (one step lower each).
   */
  addressedBy: z.array(safeguardId).optional(),
  /** A more specific rule that, firing on the same provision, makes this one redundant. */
  unlessRules: z.array(ruleId).optional(),
  ...explained,
});

/** A bill-level check: some provision grants a power, and no provision of the bill has the safeguard. */
export const billCheckSchema = z
  .strictObject({
    id: ruleId,
    severity: z.enum(severities),
    /** The power: a provision where one of these rules fires (open or addressed) … */
    whenRules: z.array(ruleId).min(1).optional(),
    /** … or where this trigger matches. */
    when: triggerSchema.optional(),
    exclude: z.array(patternSchema).optional(),
    /** Any one of these safeguards, anywhere in the bill, satisfies the check. */
    requires: z.array(safeguardId).min(1),
    ...explained,
  })
  .refine((c) => c.when || c.whenRules, { message: 'a bill check needs `when` or `whenRules`' });

/** A named safeguard: the words that show it is present in a provision. */
export const safeguardSchema = z.strictObject({
  label: localized,
  trigger: triggerSchema,
  exclude: z.array(patternSchema).optional(),
});

/** A rule pack as stored in core/rules/packs/*.json (the citation catalogue, citations.json, is apart). */
export const rulePackSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'pack ids are kebab-case'),
  version: z.number().int().min(1),
  title: localized,
  /** Named concept vocabularies, usable from every pack as `{ "vocab": id }`. */
  vocabularies: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(vocabularyPattern).min(1)).optional(),
  /** Hard negatives shared by every rule of the pack. */
  exclude: z.array(patternSchema).optional(),
  safeguards: z.record(safeguardId, safeguardSchema).optional(),
  rules: z.array(ruleSchema).default([]),
  billChecks: z.array(billCheckSchema).optional(),
});

export type Pattern = z.infer<typeof patternSchema>;
/** A pattern with vocabularies expanded: what the Lexicon compiles. */
export type PlainPattern = z.infer<typeof vocabularyPattern>;
export type Trigger = z.infer<typeof triggerSchema>;
/** A pack as written in JSON: `citations` are catalogue ids. */
export type RulePackJson = z.infer<typeof rulePackSchema>;
/** Citation ids replaced by the catalogue's citations (what loadRulePacks returns). */
type Cited<T extends { citations: string[] }> = Omit<T, 'citations'> & { citations: readonly Citation[] };
export type Rule = Cited<z.infer<typeof ruleSchema>>;
export type BillCheck = Cited<z.infer<typeof billCheckSchema>>;
export type Safeguard = z.infer<typeof safeguardSchema>;
/** A validated pack, citations resolved. */
export type RulePack = Omit<RulePackJson, 'rules' | 'billChecks'> & {
  rules: Rule[];
  billChecks?: BillCheck[];
};
export type Localized = z.infer<typeof localized>;
