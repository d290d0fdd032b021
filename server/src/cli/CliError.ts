// A bad-input error: the CLI prints its one-line message on stderr and exits with 2.
export class CliError extends Error {
  override readonly name = 'CliError';
}
