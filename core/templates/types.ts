// Shapes shared by server and client: drafting guidance, clause alternatives, and what the template API
// returns. Template *files* are described by schema.ts; these are what a bill made from one carries.
import type { BillJSON, BillLang, ProvisionNumber } from '../bill/types';

/** Which NSS 2022 measure a template implements; "omnibus" combines all three, "none" is a blank skeleton. */
export type TemplateMeasure = 1 | 2 | 3 | 'omnibus' | 'none';

/** Drafting guidance attached to one provision (shown beside it in the editor). */
export interface GuidanceNote {
  /** Why the provision is there. */
  rationale: string;
  /** What the drafter must decide before the bill goes out. */
  decisions: string[];
  /** The safeguards the provision carries (what a reviewer or the legal-risk linter looks for). */
  safeguards: string[];
  /** Related statutes, cases or official sources, as short citations. */
  related?: string[];
}

/**
 * One choose-one variant of a provision. `content` is the full replacement provision as bill JSON; its
 * root carries the pid of the provision it replaces, so swapping keeps the provision's identity (and
 * every cross-reference to it). Descendants that exist in every variant keep their pids too.
 */
export interface Alternative {
  /** Variant id, unique within its provision (e.g. "commission", "court"). */
  id: string;
  label: string;
  /** What choosing it changes, and the trade-offs. */
  summary: string;
  /** True for the variant the template puts in the bill. */
  isDefault: boolean;
  content: BillJSON;
}

/** Guidance and alternatives of a bill, keyed by provision pid (`GET /api/bills/:id/guidance`). */
export interface BillGuidance {
  /** The template the bill was made from, or null for a bill that was not. */
  templateId: string | null;
  templateVersion: string | null;
  guidance: Record<string, GuidanceNote>;
  alternatives: Record<string, Alternative[]>;
}

/** A template as `GET /api/templates` lists it. */
export interface TemplateSummary {
  id: string;
  title: string;
  measure: TemplateMeasure;
  lang: BillLang;
  description: string;
  version: string;
  /** The drafted title (題名) of the bill: a good default for the new bill's title. */
  billTitle: string;
  /** Numbered outline of the bill the template makes (chapters … subitems, in document order). */
  outline: ProvisionNumber[];
}

/** A template with a complete preview instance (`GET /api/templates/:id`). Preview pids are stable per server run. */
export interface TemplateDetail extends TemplateSummary {
  json: BillJSON;
  /** The bill as numbered plain text. */
  text: string;
  guidance: Record<string, GuidanceNote>;
  alternatives: Record<string, Alternative[]>;
}
