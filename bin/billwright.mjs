#!/usr/bin/env node
// Entry point of `npx billwright`: registers tsx's loader (a runtime dependency) and runs the TypeScript
// CLI in server/src/cli, so the same sources serve the app, the tests and the command line.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../server/src/cli/main.ts', import.meta.url).href);
process.exitCode = main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
