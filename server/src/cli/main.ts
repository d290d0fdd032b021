// The `billwright` command line (bin/billwright.mjs runs this through tsx). Exit codes: 0 nothing reaches
// --fail-on, 1 something does, 2 bad input or usage (one line on stderr).
import { CliError } from './CliError';
import { formatText } from './formatText';
import { parseLintArgs } from './parseLintArgs';
import { runLint } from './runLint';

const usage = `usage: billwright lint [--format json|text] [--lang ja|en] [--fail-on info|warning|critical] FILE...

  FILE is a bill JSON file or a .txt/.md file in which every non-empty line is one provision.
  Exit 0 when no open finding reaches --fail-on (default critical), 1 when one does, 2 on bad input.
`;

/** Runs the CLI with `argv` (after the node and script paths); returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(usage);
    return command ? 0 : 2;
  }
  if (command !== 'lint') {
    err(`billwright: unknown command "${command}" (try: billwright lint --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out(usage);
    return 0;
  }
  try {
    const options = parseLintArgs(rest);
    const result = runLint(options);
    out(
      options.format === 'json'
        ? JSON.stringify({ findings: result.rows }, null, 2) + '\n'
        : formatText(result),
    );
    return result.exitCode;
  } catch (e) {
    if (e instanceof CliError) {
      err(`billwright: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
