// The shape of a structure-aware bill comparison (DESIGN.md §7). One row per provision (and one for the
// bill title), in document order, carrying both sides so one payload serves the inline redline, the
// side-by-side view and the 新旧対照表 (new left, old right, aligned provision by provision).
import type { BillLang, ProvisionType } from '../bill/types';

/** What happened to a provision between the two versions. */
export type DiffStatus = 'unchanged' | 'added' | 'deleted' | 'modified' | 'moved';

/** A row's kind: the provision type, or the bill title. */
export type DiffRowKind = ProvisionType | 'billTitle';

/** A run of text: `equal` on both sides, `delete` only on the old side, `insert` only on the new side. */
export interface DiffSpan {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One version's view of a provision. */
export interface DiffSide {
  /** Position among this version's rows: sort by it to read that version in its own order. */
  index: number;
  /** Derived number as printed before the text: 第三条, ２, 一, イ / Article 3, (2), (i), (a); may be ''. */
  label: string;
  /** Full citation: 第三条第二項 / Article 3, paragraph (2). */
  cite: string;
  /** The provision's own text: sentence, chapter/section title or article caption ('' for 附則). */
  text: string;
  /** The printed line exactly as billLines/billToText print it; null when the provision prints no line of its own (an article without a caption). */
  line: string | null;
  /** `text` cut into runs; old sides hold equal/delete, new sides equal/insert. Joined, they give `text`. */
  spans: DiffSpan[];
}

/** One provision (or the bill title) in the comparison. */
export interface DiffRow {
  /** Unique within the diff (the pid, or a stand-in when a pid is missing or repeated). */
  key: string;
  pid: string | null;
  kind: DiffRowKind;
  /** Outline depth on the newer side (older for deleted rows): chapter 0, article in a chapter 1 … */
  depth: number;
  status: DiffStatus;
  /** The text changed (true for every modified row, and for moved rows whose text also changed). */
  textChanged: boolean;
  /** Present on both sides with a different derived number (label). Renumbering alone is not a text change. */
  renumbered: boolean;
  old: DiffSide | null;
  new: DiffSide | null;
  /** Old and new text interleaved for the inline redline view. */
  redline: DiffSpan[];
}

/** Row counts; `modified` counts rows whose text changed (including moved ones). */
export interface DiffSummary {
  added: number;
  deleted: number;
  moved: number;
  modified: number;
  renumbered: number;
  unchanged: number;
}

/** The result of diffBills. */
export interface BillDiff {
  lang: BillLang;
  rows: DiffRow[];
  summary: DiffSummary;
}
