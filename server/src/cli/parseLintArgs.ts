// Flags of `billwright lint`: --format json|text, --lang ja|en, --fail-on info|warning|critical, FILE...
import { parseArgs } from 'node:util';
import { severities, type RuleLang, type Severity } from '../../../core/rules/types';
import { UsageError } from './CliError';

export interface LintOptions {
  format: 'json' | 'text';
  /** Language of messages and numbering; undefined = from the file, else detected from its text. */
  lang: RuleLang | undefined;
  failOn: Severity;
  files: string[];
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T | undefined,
): T | undefined {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Parses the arguments after `lint`; throws UsageError for anything it does not understand. */
export function parseLintArgs(args: string[]): LintOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, lang: { type: 'string' }, 'fail-on': { type: 'string' } },
    });
  } catch (err) {
    throw new UsageError(
      ((err as Error).message.split('\n')[0] ?? 'bad arguments').replace(/\. To specify.*$/, ''),
    );
  }
  const { values, positionals } = parsed;
  if (!positionals.length) throw new UsageError('no input files');
  return {
    format: oneOf('format', values.format, ['json', 'text'] as const, 'text') ?? 'text',
    lang: oneOf('lang', values.lang, ['ja', 'en'] as const, undefined),
    failOn: oneOf('fail-on', values['fail-on'], severities, 'critical') ?? 'critical',
    files: positionals,
  };
}
