// Rule findings over HTTP (CONTRACT.md): GET /api/bills/:id/findings for a bill's current text and
// POST /api/lint for ad-hoc text or bill JSON. Validate → authorize → lint (pure core engine) → present
// in the CLI's row shape: open findings in `findings`, those whose safeguards are present in `addressed`.
import { Router } from 'express';
import { z } from 'zod';
import { billDocumentSchema } from '../../../../core/rules/billDocumentSchema';
import { billProvisions } from '../../../../core/rules/billProvisions';
import { builtinRulePacks } from '../../../../core/rules/builtinRulePacks';
import { compileRules, type RuleSet } from '../../../../core/rules/compileRules';
import { detectLang } from '../../../../core/rules/detectLang';
import { reportRow, type ReportSource } from '../../../../core/rules/reportRow';
import { RuleEngine } from '../../../../core/rules/RuleEngine';
import { textProvisions } from '../../../../core/rules/textProvisions';
import type { Finding, ProvisionText, RuleLang } from '../../../../core/rules/types';
import type { BillService } from '../../domain/BillService';
import type { ReviewWaivers } from '../../domain/reviewWaivers';
import { DomainError } from '../../domain/errors';
import { currentUser } from '../middleware/authenticate';
import { billIdParam } from '../schemas';

/** Documented limits of POST /api/lint (the JSON body itself is capped at 2 MB by the API parser). */
export const lintLimits = { maxTextChars: 200_000, maxProvisions: 5_000 } as const;

const lang = z.enum(['ja', 'en']).optional();
const textBody = z.strictObject({ text: z.string(), lang });
const billBody = z.strictObject({ bill: billDocumentSchema, lang });

/** `{ text, lang }` or `{ bill, lang }`, with the error of the shape the body was aiming at. */
function parseLintBody(body: unknown): z.infer<typeof textBody> | z.infer<typeof billBody> {
  const o = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if ('text' in o && 'bill' in o) throw new DomainError('invalid', 'send either text or bill, not both');
  if ('text' in o) return textBody.parse(o);
  if ('bill' in o) return billBody.parse(o);
  throw new DomainError(
    'invalid',
    'body must be { "text": string, "lang"?: "ja" | "en" } or { "bill": bill JSON, "lang"?: "ja" | "en" }',
  );
}

function present(findings: Finding[], source: ReportSource) {
  return {
    findings: findings.filter((f) => f.status === 'open').map((f) => reportRow(f, source)),
    addressed: findings.filter((f) => f.status === 'addressed').map((f) => reportRow(f, source)),
  };
}

function tooLarge(provisions: ProvisionText[]): void {
  if (provisions.length > lintLimits.maxProvisions) {
    throw new DomainError('too_large', `at most ${lintLimits.maxProvisions} provisions per request`);
  }
}

export function lintRoutes(
  bills: BillService,
  rules: RuleSet = compileRules(builtinRulePacks),
  /** The review layer: marks waived findings (`waived: { threadId, by, reason, at }`). */
  waivers?: Pick<ReviewWaivers, 'markWaived'>,
): Router {
  const r = Router();

  r.get('/bills/:id/findings', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    const bill = await bills.authorize(user, id, 'bill.read');
    const { json } = await bills.content(user, id);
    const result = present(new RuleEngine(rules).lintBill(json, bill.lang), { file: null, kind: 'bill' });
    res.json(waivers ? await waivers.markWaived(id, json, bill.lang, result) : result);
  });

  r.post('/lint', (req, res) => {
    currentUser(res);
    const body = parseLintBody(req.body);
    if ('text' in body) {
      if (body.text.length > lintLimits.maxTextChars)
        throw new DomainError('too_large', `text is at most ${lintLimits.maxTextChars} characters`);
      const provisions = textProvisions(body.text);
      tooLarge(provisions);
      const useLang: RuleLang = body.lang ?? detectLang(provisions.map((p) => p.text));
      const lines = new Map(provisions.map((p) => [p.pid, p.line]));
      res.json(present(new RuleEngine(rules).lint(provisions, useLang), { file: null, kind: 'text', lines }));
      return;
    }
    const useLang: RuleLang = body.lang ?? detectLang(billProvisions(body.bill, 'ja').map((p) => p.text));
    const provisions = billProvisions(body.bill, useLang);
    tooLarge(provisions);
    res.json(present(new RuleEngine(rules).lint(provisions, useLang), { file: null, kind: 'bill' }));
  });

  return r;
}
