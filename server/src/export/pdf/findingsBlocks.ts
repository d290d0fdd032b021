// The legal-risk findings report for the reviewers' file: every open finding of the rule engine with
// the provision it is in (cited by its current number), the words that triggered it, the finding, its
// legal basis and the suggested safeguard; then the waived findings, each with the same detail and the
// waiver (who, why); then the findings whose safeguards are already present. Counts follow the sections,
// as the findings panel counts them: a waived finding is not an open one.
import type { BillJSON, BillLang } from '../../../../core/bill/types';
import { billProvisions } from '../../../../core/rules/billProvisions';
import type { ReportRow } from '../../../../core/rules/reportRow';
import type { Severity } from '../../../../core/rules/types';
import { numberBill } from '../numberBill';
import type { PrintBlock } from './printModel';

const words = {
  ja: {
    heading: '法的リスク指摘一覧', none: '未対応の指摘事項はありません。', waivedHeading: '免除された指摘', addressed: '安全措置により対応済みの指摘',
    count: (n: number) => `（${n}件）`, excerpt: '該当箇所：', finding: '指摘：', basis: '根拠：', suggestion: '対応案：',
    waived: (by: string, reason: string) => `免除（${by}）：${reason}`,
    severity: { critical: '重大', warning: '注意', info: '参考' } as Record<Severity, string>,
    item: (i: number, sev: string, rule: string, cite: string) => `${i}．【${sev}】${rule}\u3000${cite}`,
    quote: (s: string) => `「${s}」`,
  },
  en: {
    heading: 'Legal-risk findings', none: 'No open findings.', waivedHeading: 'Waived findings', addressed: 'Findings addressed by safeguards in the text',
    count: (n: number) => ` (${n})`, excerpt: 'Text: ', finding: 'Finding: ', basis: 'Basis: ', suggestion: 'Suggestion: ',
    waived: (by: string, reason: string) => `Waived by ${by}: ${reason}`,
    severity: { critical: 'Critical', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    item: (i: number, sev: string, rule: string, cite: string) => `${i}. [${sev}] ${rule}  ${cite}`,
    quote: (s: string) => `“${s}”`,
  },
};

/** The triggering words with some context; English context is cut at word boundaries. */
function excerpt(text: string, start: number, end: number, lang: BillLang): string {
  const reach = lang === 'ja' ? 15 : 30;
  let from = Math.max(0, start - reach);
  let to = Math.min(text.length, end + reach);
  if (lang === 'en') {
    while (from > 0 && from < start && !/\s/.test(text[from - 1] ?? '')) from++;
    while (to < text.length && to > end && !/\s/.test(text[to] ?? '')) to--;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** A finding as GET /api/bills/:id/findings reports it, with the review layer's waiver when one holds. */
export type FindingRow = ReportRow & { waived?: { reason: string; by: { displayName: string } } };

/** The findings of a bill: open ones and those whose safeguards are present. */
export interface FindingsReport {
  findings: FindingRow[];
  addressed: FindingRow[];
}

/** The findings section: starts on a new page. */
export function findingsBlocks(doc: BillJSON, lang: BillLang, report: FindingsReport): PrintBlock[] {
  const w = words[lang];
  const bill = numberBill(doc, lang);
  const texts = new Map<string, string>();
  for (const p of billProvisions(doc, lang)) if (!texts.has(p.pid)) texts.set(p.pid, p.text);
  const cite = (pid: string | null) => (pid && bill.byPid.get(pid)?.cite) || '—';
  const { addressed } = report;
  const open = report.findings.filter((f) => !f.waived);
  const waived = report.findings.filter((f) => f.waived);
  const field = (label: string, text: string): PrintBlock => ({ runs: [{ text: label + text }], indent: 2, hang: 2, hangPrefix: label });
  const detail = (f: FindingRow, i: number): PrintBlock[] => {
    const text = f.pid ? (texts.get(f.pid) ?? '') : '';
    const out: PrintBlock[] = [
      { runs: [{ text: w.item(i + 1, w.severity[f.severity], f.ruleId, cite(f.pid)) }], indent: 0, hang: 2, bold: true, spaceBefore: 1, keepWithNext: true },
    ];
    // The waiver goes right under the heading, so it never falls on another page than the finding it lifts.
    if (f.waived) out.push({ runs: [{ text: w.waived(f.waived.by.displayName, f.waived.reason) }], indent: 2, hang: 3, keepWithNext: true });
    if (text) out.push(field(w.excerpt, w.quote(excerpt(text, f.start, f.end, lang))));
    out.push(field(w.finding, f.message), field(w.basis, f.citation));
    if (f.suggestion) out.push(field(w.suggestion, f.suggestion));
    return out;
  };

  const blocks: PrintBlock[] = [
    { runs: [{ text: w.heading + w.count(open.length) }], indent: 0, hang: 0, bold: true, title: true, pageBreakBefore: true, keepWithNext: true },
  ];
  if (!open.length) blocks.push({ runs: [{ text: w.none }], indent: 1, hang: 1, spaceBefore: 1 });
  open.forEach((f, i) => blocks.push(...detail(f, i)));
  if (waived.length) {
    blocks.push({ runs: [{ text: w.waivedHeading + w.count(waived.length) }], indent: 0, hang: 0, bold: true, spaceBefore: 2, keepWithNext: true });
    waived.forEach((f, i) => blocks.push(...detail(f, i)));
  }
  if (addressed.length) {
    blocks.push({ runs: [{ text: w.addressed + w.count(addressed.length) }], indent: 0, hang: 0, bold: true, spaceBefore: 2, keepWithNext: true });
    addressed.forEach((f, i) =>
      blocks.push({ runs: [{ text: `${w.item(i + 1, w.severity[f.severity], f.ruleId, cite(f.pid))}\u3000${f.message}` }], indent: 0, hang: 2 }),
    );
  }
  return blocks;
}
