// Template → a fresh bill: every provision gets a new pid, cross-references point at the new pids, and
// guidance and alternatives are re-keyed by them. Pure: the same template can be instantiated any
// number of times, and no two instances share a pid.
import { newPid as defaultNewPid } from '../bill/ids';
import type { BillJSON } from '../bill/types';
import type { BillTemplate, TemplateProvision, TemplateText } from './schema';
import { childrenOf, ownText, walkProvision, walkTemplate } from './templateTree';
import type { Alternative, GuidanceNote } from './types';

/** A bill made from a template, ready for BillService.create and the guidance store. */
export interface TemplateInstance {
  json: BillJSON;
  guidance: Record<string, GuidanceNote>;
  alternatives: Record<string, Alternative[]>;
  /** Template-local id → the pid it received. */
  pids: Record<string, string>;
}

export interface InstantiateOptions {
  /** Text of the bill's title node; defaults to the template's drafted title. */
  title?: string;
  /** Pid generator (tests may make it deterministic). */
  newPid?: () => string;
}

type PidOf = (node: TemplateProvision) => string;
type Resolve = (localId: string) => string | undefined;

const sentenceOf: Record<TemplateProvision['type'], string | null> = {
  subitem: 'subitemSentence',
  item: 'itemSentence',
  paragraph: 'paragraphSentence',
  article: 'articleCaption',
  section: 'sectionTitle',
  chapter: 'chapterTitle',
  supplProvision: null,
};

/** Inline content as ProseMirror would normalise it: adjacent strings become one text node, empty ones vanish. */
function inline(text: TemplateText, resolve: Resolve): BillJSON[] {
  const out: BillJSON[] = [];
  for (const seg of typeof text === 'string' ? [text] : text) {
    const last = out.at(-1);
    if (typeof seg !== 'string') {
      const target = resolve(seg.target);
      if (!target)
        throw new Error(`cross-reference to unknown id "${seg.target}" (validate the template first)`);
      out.push({ type: 'xref', attrs: { target } });
    } else if (seg && last?.type === 'text') last.text = (last.text ?? '') + seg;
    else if (seg) out.push({ type: 'text', text: seg });
  }
  return out;
}

function toJSON(node: TemplateProvision, pidOf: PidOf, resolve: Resolve): BillJSON {
  const attrs: Record<string, unknown> = { pid: pidOf(node) };
  if (node.type === 'article') attrs.branch = node.branch ?? false;
  const content: BillJSON[] = [];
  const sentence = sentenceOf[node.type];
  if (sentence) {
    const text = inline(ownText(node), resolve);
    content.push(text.length ? { type: sentence, content: text } : { type: sentence });
  }
  for (const child of childrenOf(node)) content.push(toJSON(child, pidOf, resolve));
  return { type: node.type, attrs, content };
}

function alternativesFor(
  node: TemplateProvision,
  pidOf: PidOf,
  localPids: Map<string, string>,
  newPid: () => string,
): Alternative[] {
  // Ids inside the replaced provision keep their pids in every variant that repeats them.
  const inside = new Map<string, string>();
  walkProvision(node, '', (v) => {
    if (v.node !== node && v.node.id) inside.set(v.node.id, pidOf(v.node));
  });
  return (node.alternatives ?? []).map((variant) => {
    const base = {
      id: variant.id,
      label: variant.label,
      summary: variant.summary,
      isDefault: variant.default === true,
    };
    if (variant.default || !variant.content)
      return { ...base, content: toJSON(node, pidOf, (id) => localPids.get(id)) };
    const root = variant.content;
    const pids = new Map<TemplateProvision, string>();
    const own = new Map<string, string>();
    walkProvision(root, '', (v) => {
      const id = v.node.id;
      const pid = v.node === root ? pidOf(node) : ((id && inside.get(id)) ?? newPid());
      pids.set(v.node, pid);
      if (id) own.set(id, pid);
    });
    const variantPid: PidOf = (n) => pids.get(n) ?? newPid();
    return { ...base, content: toJSON(root, variantPid, (id) => own.get(id) ?? localPids.get(id)) };
  });
}

/** A fresh bill from a (validated) template, with new pids everywhere and guidance/alternatives keyed by them. */
export function instantiateTemplate(
  template: BillTemplate,
  options: InstantiateOptions = {},
): TemplateInstance {
  const newPid = options.newPid ?? defaultNewPid;
  const pids = new Map<TemplateProvision, string>();
  const localPids = new Map<string, string>();
  const annotated: TemplateProvision[] = [];
  walkTemplate(template, ({ node }) => {
    const pid = newPid();
    pids.set(node, pid);
    if (node.id) localPids.set(node.id, pid);
    if (node.guidance || node.alternatives) annotated.push(node);
  });
  const pidOf: PidOf = (node) => {
    const pid = pids.get(node);
    if (!pid) throw new Error('provision outside the template');
    return pid;
  };
  const resolve: Resolve = (id) => localPids.get(id);
  const title = options.title ?? template.bill.title;
  const json: BillJSON = {
    type: 'bill',
    content: [
      title ? { type: 'billTitle', content: [{ type: 'text', text: title }] } : { type: 'billTitle' },
      ...template.bill.children.map((n) => toJSON(n, pidOf, resolve)),
      ...(template.bill.supplProvisions ?? []).map((n) => toJSON(n, pidOf, resolve)),
    ],
  };
  const guidance: Record<string, GuidanceNote> = {};
  const alternatives: Record<string, Alternative[]> = {};
  for (const node of annotated) {
    if (node.guidance) guidance[pidOf(node)] = structuredClone(node.guidance);
    if (node.alternatives) alternatives[pidOf(node)] = alternativesFor(node, pidOf, localPids, newPid);
  }
  return { json, guidance, alternatives, pids: Object.fromEntries(localPids) };
}
