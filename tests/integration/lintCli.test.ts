// The real `billwright lint` (bin/billwright.mjs through tsx) on temp files: exit codes 0/1/2, the JSON
// shape of CONTRACT.md, text output, bill JSON files and language selection.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleJSON, billJSON } from '../../core/bill/builders';
import type { ReportRow } from '../../core/rules/reportRow';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/billwright.mjs');
const dir = mkdtempSync(join(tmpdir(), 'bw-lint-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const json = (stdout: string) => JSON.parse(stdout) as { findings: ReportRow[] };
const contractKeys = [
  'file',
  'line',
  'pid',
  'ruleId',
  'category',
  'severity',
  'start',
  'end',
  'message',
  'citation',
  'suggestion',
];

const risky = file(
  'draft.txt',
  'この法律は、公布の日から施行する。\n\n警察は、国外にある攻撃者のサーバに侵入し、これを無害化することができる。\n',
);
const clean = file('clean.md', '# 委員会\n\n委員会の会議は、委員長が招集する。\n');
const warningsOnly = file(
  'warn.txt',
  'Operators shall provide personal data to the Agency on request.\nSelected data shall not be used for any purpose other than the purposes of this Act.\n',
);

describe('billwright lint', () => {
  it('[R-LINT-CLI-01] JSON output has exactly the contract keys, 1-based lines, null pids; exit 1 on critical', () => {
    const r = run('lint', '--format', 'json', 'draft.txt');
    expect(r.code).toBe(1);
    const { findings } = json(r.stdout);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(contractKeys);
      expect(f).toMatchObject({ file: 'draft.txt', line: 3, pid: null });
    }
    const ed = findings.find((f) => f.ruleId === 'ED-001');
    expect(ed?.severity).toBe('critical');
    // `citation` stays one string, in the bill's language: Japanese for a Japanese draft.
    expect(ed?.citation).toBe(
      '憲法第九条、国際連合憲章第二条４、タリン・マニュアル2.0 規則4（主権）、タリン・マニュアル2.0 規則20～26（対抗措置・緊急避難）',
    );
    for (const f of findings) expect(typeof f.citation).toBe('string');
    expect(
      '警察は、国外にある攻撃者のサーバに侵入し、これを無害化することができる。'.slice(ed?.start, ed?.end),
    ).toBe('国外');
  });

  it('[R-LINT-CLI-02] exit 0 when nothing reaches --fail-on, 1 when something does', () => {
    const ok = run('lint', '--format', 'json', clean);
    expect([ok.code, json(ok.stdout).findings]).toEqual([0, []]);
    expect(run('lint', warningsOnly).code).toBe(0);
    expect(run('lint', '--fail-on', 'warning', warningsOnly).code).toBe(1);
    expect(run('lint', '--fail-on', 'info', clean).code).toBe(0);
  });

  it('[R-LINT-CLI-03] text output: file:line:col, severity, rule id, message, citation; then a summary', () => {
    const r = run('lint', 'draft.txt');
    const lines = r.stdout.trim().split('\n');
    expect(lines.find((l) => l.includes('ED-001'))).toMatch(
      /^draft\.txt:3:\d+\s+critical\s+ED-001\s+\S.*\[.*国際連合憲章第二条４.*\]$/,
    );
    expect(lines.at(-1)).toMatch(/^\d+ findings \(\d+ critical, \d+ warning, \d+ info\)/);
  });

  it('[R-LINT-CLI-04] bill JSON files: pid given, line null, language from the file or --lang', () => {
    const doc = billJSON('Bill', [
      articleJSON('Access', ['The officer may access the attacker’s server and delete the malware on it.']),
    ]);
    const pid = doc.content?.[1]?.content?.[1]?.attrs?.pid;
    file('bill.json', JSON.stringify(doc));
    const r = run('lint', '--format', 'json', 'bill.json');
    const ua = json(r.stdout).findings.find((f) => f.ruleId === 'UA-001');
    expect(ua).toMatchObject({ file: 'bill.json', line: null, pid });
    expect(ua?.message).toMatch(/^This provision/);
    expect(ua?.citation).toBe(
      'Unauthorized Computer Access Act Arts. 2(4), 3; Unauthorized Computer Access Act Art. 11; Penal Code Art. 35',
    );
    file('content.json', JSON.stringify({ json: doc, text: 'ignored' }));
    const ja = json(run('lint', '--format', 'json', '--lang', 'ja', 'content.json').stdout).findings.find(
      (f) => f.ruleId === 'UA-001',
    );
    expect(ja?.message).toMatch(/[ぁ-ん]/);
    expect(ja?.citation).toBe(
      '不正アクセス行為の禁止等に関する法律（不正アクセス禁止法）第二条第四項及び第三条、同法第十一条、刑法第三十五条',
    );
    expect(ja?.pid).toBe(pid);
  });

  it('[R-LINT-CLI-05] exit 2 with one line on stderr for bad input', () => {
    file('broken.json', '{"type": "bill", ');
    file('notabill.json', '{"hello": "world"}');
    const cases = [
      run('lint', 'missing.txt'),
      run('lint', 'broken.json'),
      run('lint', 'notabill.json'),
      run('lint', '--format', 'xml', 'draft.txt'),
      run('lint', '--nope', 'draft.txt'),
      run('lint'),
      run('frobnicate'),
      run('lint', 'draft.txt', 'missing.txt'),
    ];
    for (const r of cases) {
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^billwright: /);
      expect(r.stdout).toBe('');
    }
    expect(cases[0]?.stderr).toMatch(/cannot read missing\.txt/);
    expect(cases[1]?.stderr).toMatch(/invalid JSON/);
    expect(cases[2]?.stderr).toMatch(/not a bill JSON document/);
  });

  it('[R-LINT-CLI-06] runs as `npx billwright` from the repository root', () => {
    const r = spawnSync('npx', ['--no-install', 'billwright', 'lint', '--format', 'json', risky], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    expect(json(r.stdout).findings.some((f) => f.ruleId === 'ED-001')).toBe(true);
  });
});
