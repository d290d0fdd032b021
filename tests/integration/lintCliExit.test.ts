// [R-LINT-CLI-EXIT] The exit-code contract of the real `billwright` (bin/billwright.mjs through tsx), as
// CONTRACT.md states it: 0 nothing reaches --fail-on, 1 something does, 2 bad input — with one line on
// stderr. Usage errors (no arguments, unknown command, unknown flag) are 2 with a one-line reason and a hint
// to --help; --help prints the usage on stdout and exits 0; an unexpected error is 2 with one line, never 1
// and never a stack trace (1 must keep meaning "findings reached --fail-on").
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/billwright.mjs');
const dir = mkdtempSync(join(tmpdir(), 'bw-lint-cli-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
/** Runs the bin; `preload` is a module node loads first (--import), to break the process on purpose. */
const run = (args: string[], preload?: string): Promise<Run> => {
  const pre = preload ? ['--import', pathToFileURL(preload).href] : [];
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [...pre, bin, ...args],
      { cwd: dir, encoding: 'utf8', timeout: 60_000 },
      (_err, stdout, stderr) => done({ code: child.exitCode, stdout, stderr }),
    );
  });
};
/** Several runs at once (each one loads tsx and compiles the CLI: about a second). */
const runAll = (...argss: string[][]) => Promise.all(argss.map((a) => run(a)));

const risky = file('draft.txt', '警察は、国外にある攻撃者のサーバに侵入し、これを無害化することができる。\n');
const clean = file('clean.txt', '委員会の会議は、委員長が招集する。\n');

/** Exit 2, nothing on stdout, exactly one `billwright: …` line on stderr, no stack frames. */
function expectOneLineFailure(r: Run, reason: RegExp) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^billwright: /);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  expect(r.stderr).toMatch(reason);
}

describe('[R-LINT-CLI-EXIT-01] usage', () => {
  it('no arguments, an unknown command or option: one line on stderr with a hint to --help, exit 2, nothing on stdout', async () => {
    const [none, command, option] = await runAll([], ['frobnicate', 'draft.txt'], ['--verbose']);
    expectOneLineFailure(none!, /no command given \(try: billwright --help\)$/m);
    expectOneLineFailure(command!, /unknown command "frobnicate" \(try: billwright --help\)$/m);
    expectOneLineFailure(option!, /unknown option "--verbose" \(try: billwright --help\)$/m);
  });

  it('an unknown, incomplete or invalid flag of lint, or no FILE: exit 2, one line with a hint to --help', async () => {
    const [unknown, incomplete, invalid, noFile] = await runAll(
      ['lint', '--nope', 'draft.txt'],
      ['lint', 'draft.txt', '--format'],
      ['lint', '--fail-on', 'fatal', 'draft.txt'],
      ['lint'],
    );
    expectOneLineFailure(unknown!, /--nope.*\(try: billwright --help\)$/m);
    expectOneLineFailure(incomplete!, /--format.*\(try: billwright --help\)$/m);
    expectOneLineFailure(
      invalid!,
      /--fail-on must be one of info, warning, critical \(got "fatal"\) \(try: billwright --help\)$/m,
    );
    expectOneLineFailure(noFile!, /no input files \(try: billwright --help\)$/m);
  });

  it('--help (alone, after lint, or -h) prints the usage on stdout and exits 0', async () => {
    const cases = [['--help'], ['-h'], ['help'], ['lint', '--help'], ['lint', 'draft.txt', '-h']];
    const runs = await runAll(...cases);
    runs.forEach((r, i) => {
      expect(r.code, cases[i]?.join(' ')).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(
        /^usage: billwright lint \[--format json\|text\] \[--lang ja\|en\] \[--fail-on info\|warning\|critical\] FILE\.\.\.\n/,
      );
    });
  });
});

describe('[R-LINT-CLI-EXIT-02] bad input: exit 2, one line, the reason is the file (no --help hint)', () => {
  it('an unreadable file, a directory, invalid JSON', async () => {
    file('broken.json', '{"type": "bill",');
    const [missing, directory, broken] = await runAll(
      ['lint', 'missing.txt'],
      ['lint', dir],
      ['lint', 'broken.json'],
    );
    expectOneLineFailure(missing!, /^billwright: cannot read missing\.txt: no such file$/m);
    expectOneLineFailure(directory!, /is a directory$/m);
    expectOneLineFailure(broken!, /^billwright: broken\.json: invalid JSON \(.+\)$/m);
  });
});

describe('[R-LINT-CLI-EXIT-03] unexpected errors are exit 2 with one line, never 1', () => {
  it('an exception thrown while linting (here: writing the report fails) → exit 2, no stack trace', async () => {
    const preload = file(
      'broken-stdout.mjs',
      "process.stdout.write = () => { throw new TypeError('stdout is gone\\n    at nowhere (x.js:1:1)'); };\n",
    );
    const [findings, broken, brokenClean] = await Promise.all([
      run(['lint', risky]),
      run(['lint', risky], preload),
      run(['lint', clean], preload),
    ]);
    // Without the failure this input exits 1 (a critical finding): 2 shows the error is not taken for findings.
    expect(findings.code).toBe(1);
    expect(broken.code, broken.stderr).toBe(2);
    // One line even when the message itself spans lines.
    expect(broken.stderr).toBe(
      'billwright: internal error: TypeError: stdout is gone at nowhere (x.js:1:1)\n',
    );
    // Same for a clean file (would be 0).
    expect([brokenClean.code, brokenClean.stderr]).toEqual([2, broken.stderr]);
  });

  it('an asynchronous failure after the report (a broken stdout pipe) → exit 2, one line', async () => {
    const preload = file(
      'epipe.mjs',
      [
        'const write = process.stdout.write.bind(process.stdout);',
        'process.stdout.write = (s, ...rest) => {',
        "  process.nextTick(() => process.stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));",
        '  return write(s, ...rest);',
        '};',
        '',
      ].join('\n'),
    );
    const r = await run(['lint', risky], preload);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toBe('billwright: internal error: write EPIPE\n');
  });

  it('a CLI that cannot be loaded at all → exit 2, one line', async () => {
    // Break module.register (which tsx's loader registration uses): loading the TypeScript CLI fails before main().
    const preload = file(
      'no-loader.mjs',
      "import { syncBuiltinESMExports } from 'node:module'; import * as m from 'node:module';\n" +
        "m.default.register = () => { throw new Error('loader unavailable'); }; syncBuiltinESMExports();\n",
    );
    const r = await run(['lint', clean], preload);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('billwright: internal error: loader unavailable\n');
  });
});
