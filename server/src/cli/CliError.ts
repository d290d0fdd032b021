// A bad-input error: the CLI prints its one-line message on stderr and exits with 2.
export class CliError extends Error {
  override readonly name: string = 'CliError';
}

/** A command-line usage error (unknown command or flag, missing FILE): also exit 2, with a hint to --help. */
export class UsageError extends CliError {
  override readonly name: string = 'UsageError';
}
