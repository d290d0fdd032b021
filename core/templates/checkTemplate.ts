// The structural rules of a template that a schema cannot express: template-local ids are unique,
// every cross-reference resolves, and alternatives are well-formed and keep every reference alive
// whichever variant a drafter chooses.
import type { BillTemplate, TemplateProvision, TemplateVariant } from './schema';
import { ownText, textPath, walkProvision, walkTemplate, xrefsIn, type Visit } from './templateTree';

/** One problem in a template file, at a JSON path such as `bill.children[2].caption[1].target`. */
export interface TemplateIssue {
  path: string;
  message: string;
}

type IdIndex = Map<string, Visit>;

function indexIds(visits: Visit[], issues: TemplateIssue[]): IdIndex {
  const ids: IdIndex = new Map();
  for (const v of visits) {
    const id = v.node.id;
    if (!id) continue;
    const first = ids.get(id);
    if (first)
      issues.push({ path: `${v.path}.id`, message: `duplicate id "${id}" (first used at ${first.path})` });
    else ids.set(id, v);
  }
  return ids;
}

/** Ids of the provisions strictly inside `node`. */
function idsInside(node: TemplateProvision): Set<string> {
  const out = new Set<string>();
  walkProvision(node, '', (v) => {
    if (v.node !== node && v.node.id) out.add(v.node.id);
  });
  return out;
}

function checkVariant(
  owner: Visit,
  variant: TemplateVariant,
  path: string,
  ctx: { ids: IdIndex; inside: Set<string>; referencedInside: Map<string, string> },
  issues: TemplateIssue[],
) {
  const add = (p: string, message: string) => issues.push({ path: p, message });
  if (variant.default) {
    if (variant.content)
      add(`${path}.content`, 'the default variant is the provision itself: remove its content');
    return;
  }
  const content = variant.content;
  if (!content)
    return add(`${path}.content`, 'a non-default variant needs content (the full replacement provision)');
  if (content.type !== owner.node.type) {
    return add(
      `${path}.content.type`,
      `an alternative must have the type of the provision it replaces (${owner.node.type}), not ${content.type}`,
    );
  }
  if (content.id)
    add(
      `${path}.content.id`,
      'the root of an alternative keeps the id of the provision it replaces: remove this id',
    );
  const visits: Visit[] = [];
  walkProvision(content, `${path}.content`, (v) => visits.push(v));
  const own = new Map<string, string>();
  for (const v of visits) {
    if (v.node.guidance)
      add(
        `${v.path}.guidance`,
        'guidance inside an alternative is not supported: describe the variant in its summary',
      );
    if (v.node.alternatives) add(`${v.path}.alternatives`, 'alternatives cannot be nested');
    const id = v.node.id;
    if (!id || v.node === content) continue;
    if (own.has(id))
      add(`${v.path}.id`, `duplicate id "${id}" in this alternative (first used at ${own.get(id)})`);
    else if (ctx.ids.has(id) && !ctx.inside.has(id))
      add(`${v.path}.id`, `id "${id}" is already used outside the provision this alternative replaces`);
    own.set(id, v.path);
  }
  for (const v of visits) {
    for (const { xref, index } of xrefsIn(ownText(v.node))) {
      const t = xref.target;
      const ok = own.has(t) || t === owner.node.id || (ctx.ids.has(t) && !ctx.inside.has(t));
      if (!ok) {
        const why = ctx.inside.has(t) ? 'which this alternative removes' : 'which does not exist';
        add(`${textPath(v)}[${index}].target`, `cross-reference to "${t}", ${why}`);
      }
    }
  }
  for (const [target, from] of ctx.referencedInside) {
    if (!own.has(target)) {
      add(
        `${path}.content`,
        `the bill refers to "${target}" (at ${from}), which this alternative does not contain: give the matching provision the same id`,
      );
    }
  }
}

/** A cross-reference in the bill body: its target, JSON path and the provision whose text holds it. */
interface Reference {
  target: string;
  at: string;
  from: Visit;
}

function checkAlternatives(owner: Visit, ids: IdIndex, references: Reference[], issues: TemplateIssue[]) {
  const variants = owner.node.alternatives ?? [];
  const path = `${owner.path}.alternatives`;
  if (variants.length < 2)
    issues.push({ path, message: 'alternatives need at least two variants (the default and another)' });
  const defaults = variants.filter((v) => v.default).length;
  if (defaults !== 1)
    issues.push({ path, message: `exactly one variant must be "default": true (found ${defaults})` });
  if (owner.ancestors.some((a) => a.alternatives))
    issues.push({ path, message: 'alternatives cannot sit inside a provision that has alternatives' });
  const inside = idsInside(owner.node);
  // References from outside the replaced provision must survive the swap; its own text is replaced anyway.
  const referencedInside = new Map<string, string>();
  for (const ref of references) {
    const fromInside = ref.from.node === owner.node || ref.from.ancestors.includes(owner.node);
    if (inside.has(ref.target) && !fromInside && !referencedInside.has(ref.target))
      referencedInside.set(ref.target, ref.at);
  }
  const seen = new Set<string>();
  variants.forEach((variant, i) => {
    if (seen.has(variant.id))
      issues.push({ path: `${path}[${i}].id`, message: `duplicate variant id "${variant.id}"` });
    seen.add(variant.id);
    checkVariant(owner, variant, `${path}[${i}]`, { ids, inside, referencedInside }, issues);
  });
}

/** Every structural problem of a schema-valid template; empty when it is sound. */
export function checkTemplate(template: BillTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const visits: Visit[] = [];
  walkTemplate(template, (v) => visits.push(v));
  const ids = indexIds(visits, issues);
  const references: Reference[] = [];
  for (const v of visits) {
    for (const { xref, index } of xrefsIn(ownText(v.node))) {
      const at = `${textPath(v)}[${index}].target`;
      if (!ids.has(xref.target))
        issues.push({ path: at, message: `cross-reference to unknown id "${xref.target}"` });
      else references.push({ target: xref.target, at, from: v });
    }
  }
  for (const v of visits) if (v.node.alternatives) checkAlternatives(v, ids, references, issues);
  return issues;
}
