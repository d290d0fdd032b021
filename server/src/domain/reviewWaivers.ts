// Waivers of rule findings (DESIGN.md §5): an owner or editor waives one finding — rule id on a
// provision — with a written reason. The waiver is a review thread of kind 'waiver' (reviewers challenge
// it by replying) and holds while the provision's text hashes the same (whitespace and width aside).
import type * as Y from 'yjs';
import type { PublicUser } from '../../../core/auth/roles';
import type { BillLang } from '../../../core/bill/types';
import { AnchorError, createAnchor } from '../../../core/review/createAnchor';
import { nearestOccurrence } from '../../../core/review/nearestOccurrence';
import { provisionTextHash } from '../../../core/review/provisionTextHash';
import { sentenceRuns } from '../../../core/review/sentenceRuns';
import { sentencesByPid } from '../../../core/review/sentencesByPid';
import type { ThreadView } from '../../../core/review/threadView';
import type { ThreadAnchor } from '../../../core/review/types';
import {
  findingKey,
  waiverHolds,
  waiversInForce,
  type WaiverMark,
} from '../../../core/review/waiversInForce';
import { billProvisions } from '../../../core/rules/billProvisions';
import type { RuleSet } from '../../../core/rules/compileRules';
import type { ReportRow } from '../../../core/rules/reportRow';
import { RuleEngine } from '../../../core/rules/RuleEngine';
import type { Finding } from '../../../core/rules/types';
import type { BillJSON } from '../../../core/bill/types';
import type { BillService } from './BillService';
import { stateToBillJSON } from './billContent';
import { DomainError } from './errors';
import type { ReviewDocs } from './reviewDocs';
import type { ReviewService } from './ReviewService';

/** A finding row, marked when a waiver covers it (rows without a waiver keep the contract shape). */
export type WaivableRow = ReportRow & { waived?: WaiverMark };

/** What a client sends to waive a finding; textHash (optional) is the hash the client saw. */
export interface WaiverRequest {
  pid: string;
  ruleId: string;
  textHash?: string;
  body: string;
}

/** An anchor on the finding's words, when they can be found in the provision's text runs. */
function findingAnchor(fragment: Y.XmlFragment, f: Finding, text: string): ThreadAnchor | null {
  const sentence = sentencesByPid(fragment).get(f.pid);
  const quote = text.slice(f.start, f.end);
  const at = sentence ? nearestOccurrence(sentenceRuns(sentence).text, quote, f.start) : -1;
  if (at < 0) return null;
  try {
    return createAnchor(fragment, f.pid, at, at + quote.length);
  } catch (err) {
    if (err instanceof AnchorError) return null;
    throw err;
  }
}

export class ReviewWaivers {
  constructor(
    private readonly bills: BillService,
    private readonly docs: ReviewDocs,
    private readonly review: ReviewService,
    private readonly rules: RuleSet,
  ) {}

  /** Waives an open finding of the current text; 409 when there is none, the text changed, or it is waived. */
  async create(actor: PublicUser, billId: string, req: WaiverRequest): Promise<ThreadView> {
    const bill = await this.bills.authorize(actor, billId, 'finding.waive');
    const { finding, text, anchor } = await this.docs.withBillText(billId, (fragment, state) => {
      const json = stateToBillJSON(state);
      const text = billProvisions(json, bill.lang).find((p) => p.pid === req.pid)?.text;
      if (text === undefined) throw new DomainError('invalid', 'pid: no provision with this pid has text');
      const found = new RuleEngine(this.rules)
        .lintBill(json, bill.lang)
        .find((f) => f.pid === req.pid && f.ruleId === req.ruleId && f.status === 'open');
      return { finding: found, text, anchor: found ? findingAnchor(fragment, found, text) : null };
    });
    if (!finding)
      throw new DomainError('conflict', `rule ${req.ruleId} has no open finding on this provision now`);
    const textHash = provisionTextHash(text);
    if (req.textHash !== undefined && req.textHash !== textHash) {
      throw new DomainError(
        'conflict',
        'the provision changed since its findings were read: check the finding again',
      );
    }
    const existing = (await this.docs.threads(billId)).find(
      (t) => t.pid === req.pid && t.waiver?.ruleId === req.ruleId && waiverHolds(t, text),
    );
    if (existing) throw new DomainError('conflict', `this finding is already waived (thread ${existing.id})`);
    return this.review.start(actor, billId, {
      kind: 'waiver',
      pid: req.pid,
      anchor,
      waiver: { ruleId: req.ruleId, textHash },
      body: req.body,
    });
  }

  /** The findings response with `waived: { threadId, by, reason, at }` on every row a waiver covers. */
  async markWaived<R extends { findings: ReportRow[]; addressed: ReportRow[] }>(
    billId: string,
    json: BillJSON,
    lang: BillLang,
    result: R,
  ): Promise<Omit<R, 'findings' | 'addressed'> & { findings: WaivableRow[]; addressed: WaivableRow[] }> {
    const marks = waiversInForce(await this.docs.threads(billId), billProvisions(json, lang));
    const mark = (row: ReportRow): WaivableRow => {
      const waived = row.pid ? marks.get(findingKey(row.pid, row.ruleId)) : undefined;
      return waived ? { ...row, waived } : row;
    };
    return { ...result, findings: result.findings.map(mark), addressed: result.addressed.map(mark) };
  }
}
