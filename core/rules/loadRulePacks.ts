// Validates rule packs at load: a malformed pack is refused with its name, the JSON path and the reason.
// Citations are catalogue ids; they are resolved here against the citation catalogue.
import type { z } from 'zod';
import type { Citation, CitationCatalogue } from './citations';
import { rulePackSchema, type RulePack, type RulePackJson } from './schema';

/** Thrown for a pack that does not fit the format; `pack` and `path` locate the first problem. */
export class RulePackError extends Error {
  constructor(
    readonly pack: string,
    readonly path: string,
    readonly reason: string,
    more = 0,
  ) {
    super(
      `rule pack "${pack}" is invalid at ${path || '(root)'}: ${reason}${more ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}`,
    );
    this.name = 'RulePackError';
  }
}

/** `rules[3].trigger.any[0]` from a zod path. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

function nameOf(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : `#${index}`;
}

function fail(pack: string, issues: z.core.$ZodIssue[]): never {
  const [first] = issues;
  throw new RulePackError(pack, jsonPath(first?.path ?? []), first?.message ?? 'invalid', issues.length - 1);
}

/** Cross-pack checks: ids unique, every referenced safeguard defined somewhere. */
function checkReferences(packs: RulePackJson[]): void {
  const owner = new Map<string, string>();
  const safeguards = new Set<string>();
  for (const p of packs) {
    if (owner.has(`pack:${p.id}`))
      throw new RulePackError(p.id, 'id', `another pack already has the id "${p.id}"`);
    owner.set(`pack:${p.id}`, p.id);
    for (const id of Object.keys(p.safeguards ?? {})) {
      if (safeguards.has(id))
        throw new RulePackError(p.id, `safeguards.${id}`, `safeguard "${id}" is defined twice`);
      safeguards.add(id);
    }
    const ids = [
      ...p.rules.map((r, i) => [r.id, `rules[${i}].id`]),
      ...(p.billChecks ?? []).map((c, i) => [c.id, `billChecks[${i}].id`]),
    ];
    for (const [id = '', path = ''] of ids) {
      const other = owner.get(id);
      if (other) throw new RulePackError(p.id, path, `rule id ${id} is already used in pack "${other}"`);
      owner.set(id, p.id);
    }
  }
  const vocabularies = new Set<string>();
  for (const p of packs) {
    for (const id of Object.keys(p.vocabularies ?? {})) {
      if (vocabularies.has(id))
        throw new RulePackError(p.id, `vocabularies.${id}`, `vocabulary "${id}" is defined twice`);
      vocabularies.add(id);
    }
  }
  for (const p of packs) checkVocabularyRefs(p, p, '', vocabularies);
  for (const p of packs) {
    const refs = [
      ...p.rules.flatMap((r, i) => (r.mitigatedBy ?? []).map((s, j) => [s, `rules[${i}].mitigatedBy[${j}]`])),
      ...p.rules.flatMap((r, i) => (r.addressedBy ?? []).map((s, j) => [s, `rules[${i}].addressedBy[${j}]`])),
      ...(p.billChecks ?? []).flatMap((c, i) =>
        c.requires.map((s, j) => [s, `billChecks[${i}].requires[${j}]`]),
      ),
    ];
    for (const [id = '', path = ''] of refs) {
      if (!safeguards.has(id)) throw new RulePackError(p.id, path, `unknown safeguard "${id}"`);
    }
    p.rules.forEach((r, i) =>
      (r.unlessRules ?? []).forEach((id, j) => {
        if (!owner.has(id) || id === r.id)
          throw new RulePackError(p.id, `rules[${i}].unlessRules[${j}]`, `unknown rule "${id}"`);
      }),
    );
    (p.billChecks ?? []).forEach((c, i) =>
      (c.whenRules ?? []).forEach((id, j) => {
        if (!owner.has(id) || id === c.id)
          throw new RulePackError(p.id, `billChecks[${i}].whenRules[${j}]`, `unknown rule "${id}"`);
      }),
    );
  }
}

/** Walks a pack's JSON and refuses `{ "vocab": id }` patterns naming no vocabulary. */
function checkVocabularyRefs(
  pack: RulePackJson,
  node: unknown,
  path: string,
  known: ReadonlySet<string>,
): void {
  if (Array.isArray(node)) node.forEach((v, i) => checkVocabularyRefs(pack, v, `${path}[${i}]`, known));
  else if (node && typeof node === 'object') {
    const vocab = (node as { vocab?: unknown }).vocab;
    if (typeof vocab === 'string' && !known.has(vocab))
      throw new RulePackError(pack.id, `${path}.vocab`, `unknown vocabulary "${vocab}"`);
    for (const [k, v] of Object.entries(node))
      if (k !== 'vocabularies') checkVocabularyRefs(pack, v, path ? `${path}.${k}` : k, known);
  }
}

/** Every cited id is in the catalogue, once per rule; returns the pack with its citations resolved. */
function resolveCitations(p: RulePackJson, catalogue: CitationCatalogue): RulePack {
  const resolve = <T extends { id: string; citations: string[] }>(
    kind: 'rules' | 'billChecks',
    i: number,
    r: T,
  ): Omit<T, 'citations'> & { citations: Citation[] } => {
    const out: Citation[] = [];
    r.citations.forEach((id, j) => {
      const path = `${kind}[${i}].citations[${j}]`;
      const c = catalogue.get(id);
      if (!c)
        throw new RulePackError(
          p.id,
          path,
          `rule ${r.id} cites "${id}", which is not in the citation catalogue (core/rules/packs/citations.json)`,
        );
      if (out.includes(c)) throw new RulePackError(p.id, path, `rule ${r.id} cites "${id}" twice`);
      out.push(c);
    });
    return { ...r, citations: out };
  };
  const { rules, billChecks, ...rest } = p;
  return {
    ...rest,
    rules: rules.map((r, i) => resolve('rules', i, r)),
    ...(billChecks ? { billChecks: billChecks.map((c, i) => resolve('billChecks', i, c)) } : {}),
  };
}

/**
 * Validates raw pack JSON (one value per pack) and returns the typed packs, their citations resolved
 * against `citations` (see loadCitationCatalogue); throws RulePackError.
 */
export function loadRulePacks(raw: unknown[], citations: CitationCatalogue): RulePack[] {
  const packs = raw.map((value, index) => {
    const parsed = rulePackSchema.safeParse(value);
    if (!parsed.success) fail(nameOf(value, index), parsed.error.issues);
    return parsed.data;
  });
  checkReferences(packs);
  return packs.map((p) => resolveCitations(p, citations));
}
