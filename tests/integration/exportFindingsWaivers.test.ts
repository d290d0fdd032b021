// [R-EXP-06] Waivers in the findings report: a finding waived through the review API (docs/review.md) is
// printed with its waiver — who waived it and the reason — in findings.pdf and in the draft's findings
// appendix (export.pdf?findings=1); findings without a waiver carry none; a waiver that lapsed because the
// wording changed is not printed. PDFs read back with pdftotext, as a reviewer's tools would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { articleJSON, billJSON, paragraphJSON } from '../../core/bill/builders';
import { sentenceRuns } from '../../core/review/sentenceRuns';
import { sentencesByPid } from '../../core/review/sentencesByPid';
import type { ThreadView } from '../../core/review/threadView';
import type { WaiverMark } from '../../core/review/waiversInForce';
import type { ReportRow } from '../../core/rules/reportRow';
import { waitFor } from '../helpers/waitFor';
import { connectClient, synced } from '../helpers/ywsClient';
import { download, firstMissingInOrder, pdfText, squash } from './exportHelpers';
import { startReviewWorld, type ReviewWorld } from './reviewFixtures';

type Row = ReportRow & { waived?: WaiverMark };
type Findings = { findings: Row[]; addressed: Row[] };

let w: ReviewWorld;
beforeAll(async () => {
  w = await startReviewWorld();
});
afterAll(async () => {
  await w.close();
});

const REASON = '国外での措置は、同盟国との協定の範囲に限られる。';
const findingsOf = async (billId: string) =>
  (await w.call<Findings>('owner', 'GET', `/api/bills/${billId}/findings`)).body;
const waive = async (billId: string, finding: { pid: string; ruleId: string }, body: string) => {
  const r = await w.call<ThreadView>('editor', 'POST', `/api/bills/${billId}/threads`, {
    kind: 'waiver',
    finding,
    body,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
};
/** Text of a PDF download by the owner, whitespace removed (line breaks and indents are layout). */
const pdfOf = async (path: string) => {
  const r = await download(w.s.url, path, w.users.owner);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('application/pdf');
  return squash(pdfText(r.body));
};

/**
 * The printed block of each finding (squashed text), cut at the numbered item headings of the report —
 * `9．【重大】ED-001…` / `3. [Critical] ED-001…`. The report prints the open findings (numbered 1…) and
 * then the waived ones (numbered 1… again, in their own section); the blocks come back in `rows`' order.
 */
function blocksOf(text: string, rows: Row[], lang: 'ja' | 'en'): string[] {
  const printed = [...rows.filter((f) => !f.waived), ...rows.filter((f) => f.waived)];
  const openCount = rows.filter((f) => !f.waived).length;
  const starts: number[] = [];
  let at = 0;
  printed.forEach((f, k) => {
    const n = k < openCount ? k + 1 : k - openCount + 1;
    const head = lang === 'ja' ? `${n}．【` : `${n}.[`;
    let found = text.indexOf(head, at);
    // The heading is followed by the severity and the rule id: skip any other occurrence of "n．【".
    while (found >= 0 && !text.slice(found, found + head.length + 24).includes(f.ruleId))
      found = text.indexOf(head, found + 1);
    expect(found, `item ${n} (${f.ruleId}) in the report`).toBeGreaterThanOrEqual(0);
    starts.push(found);
    at = found + head.length;
  });
  const blocks = starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length));
  return rows.map((f) => blocks[printed.indexOf(f)] ?? '');
}

describe('[R-EXP-06] waivers in the findings report', () => {
  it('findings.pdf and the draft appendix print the waiver (who, reason) on the waived finding only', async () => {
    const bill = await w.bill();
    const pid = bill.pids[1] ?? '';
    const before = await findingsOf(bill.id);
    const target = before.findings.find((f) => f.ruleId === 'ED-001' && f.pid === pid);
    expect(target, 'ED-001 is open on the second provision').toBeDefined();
    await waive(bill.id, { pid, ruleId: 'ED-001' }, REASON);

    const { findings, addressed } = await findingsOf(bill.id);
    const waived = findings.filter((f) => f.waived);
    expect(waived.map((f) => [f.pid, f.ruleId, f.waived?.reason, f.waived?.by.displayName])).toEqual([
      [pid, 'ED-001', REASON, 'editor'],
    ]);
    expect(findings.length).toBeGreaterThan(1);
    expect(addressed.every((f) => !f.waived)).toBe(true);

    const line = squash(`免除（editor）：${REASON}`);
    for (const path of [
      `/api/bills/${bill.id}/findings.pdf`,
      `/api/bills/${bill.id}/export.pdf?findings=1`,
    ]) {
      const text = await pdfOf(path);
      // The waiver and its reason, once, in the block of the finding it waives.
      expect(text.split(line).length - 1, `${path}: the waiver is printed once`).toBe(1);
      const blocks = blocksOf(text, findings, 'ja');
      findings.forEach((f, i) => {
        const block = blocks[i] ?? '';
        if (f.waived) expect(block, `${path}: ${f.ruleId} carries its waiver`).toContain(line);
        else expect(block, `${path}: ${f.ruleId} (not waived) carries no waiver`).not.toContain('免除（');
      });
      // The waived finding keeps its full entry: the waiver under its heading, then provision, finding, basis.
      const block = blocks[findings.indexOf(waived[0] as Row)] ?? '';
      expect(
        firstMissingInOrder(block, [
          'ED-001',
          '第一条第二項',
          line,
          squash(target?.message ?? ''),
          squash(target?.citation ?? ''),
        ]),
      ).toBeNull();
    }
  });

  it('English: “Waived by <name>: <reason>” on the waived finding', async () => {
    const content = billJSON('Active Cyber Defense Bill', [
      articleJSON('Neutralization', [
        paragraphJSON(
          'The police may access the attacker’s server located abroad and disable the malware on it.',
        ),
      ]),
    ]);
    const bill = await w.s.server.bills.create(w.users.owner.user, {
      title: 'Active Cyber Defense Bill',
      lang: 'en',
      content,
    });
    expect(
      (await w.call('owner', 'PUT', `/api/bills/${bill.id}/members`, { username: 'editor', role: 'editor' }))
        .status,
    ).toBe(200);
    const open = (await findingsOf(bill.id)).findings;
    const target = open.find((f) => f.pid !== null);
    expect(target, 'the provision has a finding').toBeDefined();
    const reason = 'Limited by the bilateral agreement in force.';
    await waive(bill.id, { pid: target?.pid ?? '', ruleId: target?.ruleId ?? '' }, reason);

    const text = await pdfOf(`/api/bills/${bill.id}/findings.pdf`);
    const line = squash(`Waived by editor: ${reason}`);
    expect(text.split(line).length - 1).toBe(1);
    const findings = (await findingsOf(bill.id)).findings;
    const blocks = blocksOf(text, findings, 'en');
    findings.forEach((f, i) => {
      if (f.waived) expect(blocks[i]).toContain(line);
      else expect(blocks[i]).not.toContain('Waivedby');
    });
  });

  it('a waiver that lapsed (the wording changed) is not printed; the finding is printed without it', async () => {
    const bill = await w.bill();
    const pid = bill.pids[1] ?? '';
    await waive(bill.id, { pid, ruleId: 'ED-001' }, REASON);
    const line = squash(`免除（editor）：${REASON}`);
    expect(await pdfOf(`/api/bills/${bill.id}/findings.pdf`)).toContain(line);

    const editor = connectClient(w.s.wsUrl, bill.id, { headers: { cookie: w.users.editor.cookie } });
    try {
      await synced(editor);
      const run = sentenceRuns(sentencesByPid(editor.fragment).get(pid) as Y.XmlElement).runs[0]
        ?.text as Y.XmlText;
      run.insert(run.toString().indexOf('侵入し'), '必要な範囲で');
      await waitFor(
        async () =>
          (
            await w.call<{ text: string }>('owner', 'GET', `/api/bills/${bill.id}/content`)
          ).body.text.includes('必要な範囲で侵入し'),
        {
          message: 'wording stored',
        },
      );
    } finally {
      editor.destroy();
    }
    const findings = (await findingsOf(bill.id)).findings;
    expect(findings.find((f) => f.ruleId === 'ED-001' && f.pid === pid)?.waived).toBeUndefined();
    const text = await pdfOf(`/api/bills/${bill.id}/findings.pdf`);
    expect(text).not.toContain('免除');
    expect(text).toContain(squash('必要な範囲で侵入し'));
    expect(text).toContain('ED-001');
  });

  // The report counts and lists waived findings in their own section, as the findings panel does.
  it('lists a waived finding as waived, not as open: the open count leaves it out', async () => {
    const bill = await w.bill();
    await waive(bill.id, { pid: bill.pids[1] ?? '', ruleId: 'ED-001' }, REASON);
    const { findings } = await findingsOf(bill.id);
    const open = findings.filter((f) => !f.waived).length;
    const text = await pdfOf(`/api/bills/${bill.id}/findings.pdf`);
    expect(text).toContain(squash(`法的リスク指摘一覧（${open}件）`));
    const waivedAt = text.indexOf(squash('免除された指摘（1件）'));
    expect(waivedAt).toBeGreaterThan(-1);
    // The waiver sits in the waived section, after every open finding.
    expect(text.indexOf(squash(`免除（`))).toBeGreaterThan(waivedAt);
  });
});
