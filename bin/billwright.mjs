#!/usr/bin/env node
// Entry point of `npx billwright`: registers tsx's loader (a runtime dependency) and runs the TypeScript
// CLI in server/src/cli, so the same sources serve the app, the tests and the command line.
// Whatever fails outside main()'s own handling (loading the CLI, an asynchronous error such as a broken
// stdout pipe) exits 2 with one line on stderr: exit 1 means only "findings reached --fail-on" (CONTRACT.md).
const internalError = (e) => {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(
    `billwright: internal error: ${message.replace(/\s*[\r\n]+\s*/g, ' ').trim() || 'unknown error'}\n`,
  );
};
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (e) => {
    internalError(e);
    process.exit(2);
  });
}

try {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(new URL('../server/src/cli/main.ts', import.meta.url).href);
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
} catch (e) {
  internalError(e);
  process.exitCode = 2;
}
