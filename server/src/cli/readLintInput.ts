// Reads one lint input file: a bill JSON document (bare, as GET /api/bills/:id/content returns it, or as
// POST /api/lint takes it) or a .txt/.md file where every non-empty line is one provision.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { BillJSON } from '../../../core/bill/types';
import { billDocumentSchema } from '../../../core/rules/billDocumentSchema';
import { billProvisions } from '../../../core/rules/billProvisions';
import { detectLang } from '../../../core/rules/detectLang';
import type { ReportSource } from '../../../core/rules/reportRow';
import { textProvisions } from '../../../core/rules/textProvisions';
import type { ProvisionText, RuleLang } from '../../../core/rules/types';
import { CliError } from './CliError';

export interface LintInput {
  source: ReportSource;
  provisions: ProvisionText[];
  lang: RuleLang;
}

const isLang = (v: unknown): v is RuleLang => v === 'ja' || v === 'en';

/** The bill inside a parsed JSON file, and the language the file states (if any). */
function billOf(value: unknown, file: string): { doc: BillJSON; lang: RuleLang | undefined } {
  const o = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const candidate = o.type === 'bill' ? o : (o.json ?? o.bill ?? o.content ?? value);
  const parsed = billDocumentSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(
      `${file}: not a bill JSON document (${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'})`,
    );
  }
  return { doc: parsed.data, lang: isLang(o.lang) ? o.lang : undefined };
}

/** Reads and parses `file`; `lang` overrides the file's language. Throws CliError on bad input. */
export function readLintInput(file: string, lang: RuleLang | undefined): LintInput {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`,
    );
  }
  const ext = extname(file).toLowerCase();
  const looksJSON = ext === '.json' || (!['.txt', '.md', '.markdown'].includes(ext) && /^\s*[{[]/.test(raw));
  if (looksJSON) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new CliError(`${file}: invalid JSON (${(err as Error).message})`);
    }
    const bill = billOf(value, file);
    const useLang = lang ?? bill.lang ?? detectLang(billProvisions(bill.doc, 'ja').map((p) => p.text));
    return { source: { file, kind: 'bill' }, provisions: billProvisions(bill.doc, useLang), lang: useLang };
  }
  const provisions = textProvisions(raw.replace(/^\uFEFF/, ''));
  const lines = new Map(provisions.map((p) => [p.pid, p.line]));
  return {
    source: { file, kind: 'text', lines },
    provisions,
    lang: lang ?? detectLang(provisions.map((p) => p.text)),
  };
}
