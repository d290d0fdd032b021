/** The language of a bill decides its numbering style (DESIGN.md §3). */
export type BillLang = 'ja' | 'en';

export const billLangs = ['ja', 'en'] as const satisfies readonly BillLang[];

/** Provision node types: every one carries a stable `pid` and gets a derived number. */
export const provisionTypes = [
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
  'subitem',
  'supplProvision',
] as const;

export type ProvisionType = (typeof provisionTypes)[number];

/** ProseMirror/Tiptap JSON as stored and exchanged (a structural subset of Tiptap's JSONContent). */
export interface BillJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BillJSON[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** What numbering derives for one provision. */
export interface ProvisionNumber {
  pid: string;
  type: ProvisionType;
  /** Label printed before the provision: 第一条, ２, 一, イ / Article 1, (2), (i), (a). Empty for a lone first paragraph. */
  label: string;
  /** Full citation form: 第五条第二項第三号 / Article 5, paragraph (2), item (iii). */
  cite: string;
  /** Nesting depth in the outline (chapter 0, section 1, article under a chapter 1 or 2 …). */
  depth: number;
  /** Heading text: chapter/section title or article caption. */
  heading: string;
}

/** Type guard for provision node names. */
export function isProvisionType(name: string): name is ProvisionType {
  return (provisionTypes as readonly string[]).includes(name);
}
