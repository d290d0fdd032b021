// The citation catalogue (packs/citations.json): every legal source a rule may cite, in Japanese and
// English. Rules cite catalogue ids; loadRulePacks resolves them, so findings print citations in the
// language of the bill (憲法第二十一条第二項 / Constitution Art. 21(2)). Validated here when it is loaded.
import { z } from 'zod';
import type { RuleLang } from './types';

const text = z.string().trim().min(1, 'must not be empty');
const kebab = (what: string) =>
  z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, `${what} ids are kebab-case`);

/** A catalogue id, as rules write it in `citations` (e.g. `const-21-p2`, `penal-168-2`). */
export const citationIdSchema = kebab('citation');

/** A statute or other source, named in both languages. */
export const lawSchema = z.strictObject({
  /** Full Japanese title: 不正アクセス行為の禁止等に関する法律. */
  ja: text,
  /** Short title, printed in parentheses after the full one and alone on a later mention: 不正アクセス禁止法. */
  jaShort: text.optional(),
  /** What a mention right after another of the same source reads: 同法, 同憲章 (default: the name again). */
  jaSame: text.optional(),
  en: text,
});

/** One citation: the source and the pinpoint within it (第二条第四項 / Art. 2(4)). */
export const citationSchema = z.strictObject({
  law: kebab('law'),
  ja: text,
  en: text,
});

export const citationCatalogueSchema = z.strictObject({
  laws: z.record(kebab('law'), lawSchema),
  citations: z.record(citationIdSchema, citationSchema),
});

/** A source as rules carry it once loaded. */
export type Law = z.infer<typeof lawSchema> & { id: string };

/** A resolved citation: its id, its source and the pinpoint in each language. */
export interface Citation {
  id: string;
  law: Law;
  /** The pinpoint only (第四条 / Art. 4); see citationText for the whole citation. */
  ja: string;
  en: string;
}

/** The loaded catalogue: citation id → citation. */
export type CitationCatalogue = ReadonlyMap<string, Citation>;

/** Thrown for a catalogue that does not fit the format; `path` locates the first problem. */
export class CitationCatalogueError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`citation catalogue is invalid at ${path || '(root)'}: ${reason}`);
    this.name = 'CitationCatalogueError';
  }
}

/** Validates raw catalogue JSON and resolves each citation's source; throws CitationCatalogueError. */
export function loadCitationCatalogue(raw: unknown): CitationCatalogue {
  const parsed = citationCatalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const path = (first?.path ?? []).map((k, i) =>
      typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`,
    );
    throw new CitationCatalogueError(path.join(''), first?.message ?? 'invalid');
  }
  const laws = new Map(Object.entries(parsed.data.laws).map(([id, law]) => [id, { id, ...law }]));
  const catalogue = new Map<string, Citation>();
  for (const [id, c] of Object.entries(parsed.data.citations)) {
    const law = laws.get(c.law);
    if (!law) throw new CitationCatalogueError(`citations.${id}.law`, `unknown law "${c.law}"`);
    catalogue.set(id, { id, law, ja: c.ja, en: c.en });
  }
  return catalogue;
}

/** Japanese name + pinpoint: no space, except after a name ending in a Latin letter or digit (マニュアル2.0 規則4). */
const jaJoin = (name: string, pinpoint: string) =>
  `${name}${/[A-Za-z0-9]$/.test(name) ? ' ' : ''}${pinpoint}`;

/** A citation on its own: 不正アクセス行為の禁止等に関する法律（不正アクセス禁止法）第三条 / Unauthorized Computer Access Act Art. 3. */
export function citationText(c: Citation, lang: RuleLang): string {
  if (lang === 'en') return `${c.law.en} ${c.en}`;
  return jaJoin(c.law.jaShort ? `${c.law.ja}（${c.law.jaShort}）` : c.law.ja, c.ja);
}

/**
 * A rule's citations as one line. English: each in full, joined by "; ". Japanese: joined by "、", a
 * source named again right after itself as `jaSame` (電気通信事業法第四条、同法第百七十九条), and later by
 * its short title.
 */
export function joinCitations(citations: readonly Citation[], lang: RuleLang): string {
  if (lang === 'en') return citations.map((c) => citationText(c, 'en')).join('; ');
  const named = new Set<string>();
  return citations
    .map((c, i) => {
      const { law } = c;
      let text: string;
      if (!named.has(law.id)) text = citationText(c, 'ja');
      else if (citations[i - 1]?.law.id === law.id) text = jaJoin(law.jaSame ?? law.jaShort ?? law.ja, c.ja);
      else text = jaJoin(law.jaShort ?? law.ja, c.ja);
      named.add(law.id);
      return text;
    })
    .join('、');
}
