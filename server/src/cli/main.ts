// The `billwright` command line (bin/billwright.mjs runs this through tsx). Exit codes (CONTRACT.md):
// 0 nothing reaches --fail-on, 1 something does, 2 bad input, bad usage or any unexpected error — always
// with one line on stderr, so 1 never means anything but "findings reached --fail-on".
import { CliError, UsageError } from './CliError';
import { formatText } from './formatText';
import { parseLintArgs } from './parseLintArgs';
import { runLint } from './runLint';

const usage = `usage: billwright lint [--format json|text] [--lang ja|en] [--fail-on info|warning|critical] FILE...

  FILE is a bill JSON file or a .txt/.md file in which every non-empty line is one provision.
  Exit 0 when no open finding reaches --fail-on (default critical), 1 when one does, 2 on bad input,
  a usage error or any other error (one line on stderr).
`;

const isHelp = (a: string) => a === '--help' || a === '-h';

/** One line, whatever the message holds (a stray newline must not split the reason over lines). */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The stderr line for an error that escaped everything else: never a stack trace. */
function internalErrorLine(e: unknown): string {
  const message = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  return `billwright: internal error: ${oneLine(message) || 'unknown error'}\n`;
}

/** Runs the CLI with `argv` (after the node and script paths); returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    return run(argv, out);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`billwright: ${oneLine(e.message)} (try: billwright --help)\n`);
      return 2;
    }
    if (e instanceof CliError) {
      err(`billwright: ${oneLine(e.message)}\n`);
      return 2;
    }
    // Not 1: that code means "findings reached --fail-on", and scripts rely on it.
    err(internalErrorLine(e));
    return 2;
  }
}

function run(argv: string[], out: (s: string) => void): number {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  if (isHelp(command) || command === 'help') {
    out(usage);
    return 0;
  }
  if (command !== 'lint') {
    throw new UsageError(
      command.startsWith('-') ? `unknown option "${command}"` : `unknown command "${command}"`,
    );
  }
  if (rest.some(isHelp)) {
    out(usage);
    return 0;
  }
  const options = parseLintArgs(rest);
  const result = runLint(options);
  out(
    options.format === 'json'
      ? JSON.stringify({ findings: result.rows }, null, 2) + '\n'
      : formatText(result),
  );
  return result.exitCode;
}
