// [R-REV-WAIVE] Waivers of rule findings: an owner or editor waives a finding (pid + rule id + a hash of
// the provision text) with a reason; GET /findings reports it as waived; reviewers see the waiver thread
// and challenge it by replying; the waiver lapses when the wording changes (not for whitespace or width)
// and holds again when the wording comes back; deleting the reason withdraws it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { provisionTextHash } from '../../core/review/provisionTextHash';
import { sentenceRuns } from '../../core/review/sentenceRuns';
import { sentencesByPid } from '../../core/review/sentencesByPid';
import type { ThreadView } from '../../core/review/threadView';
import type { WaiverMark } from '../../core/review/waiversInForce';
import type { ReportRow } from '../../core/rules/reportRow';
import { waitFor } from '../helpers/waitFor';
import { connectClient, synced, type YClient } from '../helpers/ywsClient';
import { startReviewWorld, TEXTS, type ReviewWorld } from './reviewFixtures';

type Row = ReportRow & { waived?: WaiverMark };
type Findings = { findings: Row[]; addressed: Row[] };

let w: ReviewWorld;
const clients: YClient[] = [];
beforeAll(async () => {
  w = await startReviewWorld();
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await w.close();
});

const findings = async (billId: string) =>
  (await w.call<Findings>('reviewer', 'GET', `/api/bills/${billId}/findings`)).body;
const ed001 = async (billId: string, pid: string) =>
  (await findings(billId)).findings.find((f) => f.ruleId === 'ED-001' && f.pid === pid);

describe('[R-REV-WAIVE-01] waiving a finding', () => {
  it('is reported on the finding, visible to reviewers who can reply, and cannot be doubled', async () => {
    const bill = await w.bill();
    const pid = bill.pids[1] ?? '';
    const reason = '国外での措置は、同盟国との協定の範囲に限られる。';
    const made = await w.call<ThreadView>('editor', 'POST', `/api/bills/${bill.id}/threads`, {
      kind: 'waiver',
      finding: { pid, ruleId: 'ED-001', textHash: provisionTextHash(TEXTS[1]) },
      body: reason,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      kind: 'waiver',
      pid,
      waiver: { ruleId: 'ED-001' },
      waiverInForce: true,
      orphaned: false,
    });
    expect(made.body.range?.text).toBe('国外');
    const row = await ed001(bill.id, pid);
    expect(row?.waived).toMatchObject({ threadId: made.body.id, by: { username: 'editor' }, reason });
    expect(typeof row?.waived?.at).toBe('string');
    // Rows without a waiver keep exactly the contract's keys.
    const all = await findings(bill.id);
    const others = [...all.findings, ...all.addressed].filter((f) => f.ruleId !== 'ED-001' || f.pid !== pid);
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) expect(Object.keys(f)).not.toContain('waived');

    const seen = (await w.threads(bill.id, 'reviewer')).find((t) => t.id === made.body.id);
    expect(seen?.comments[0]?.body).toBe(reason);
    const challenge = await w.call<ThreadView>(
      'reviewer',
      'POST',
      `/api/bills/${bill.id}/threads/${made.body.id}/replies`,
      {
        body: '協定の範囲は条文に書かれていません。',
      },
    );
    expect(challenge.status).toBe(201);
    expect(challenge.body.comments.map((c) => c.author.username)).toEqual(['editor', 'reviewer']);
    expect(
      (
        await w.call('reviewer', 'POST', `/api/bills/${bill.id}/threads`, {
          kind: 'waiver',
          finding: { pid, ruleId: 'ED-001' },
          body: '私も',
        })
      ).status,
    ).toBe(403);
    const again = await w.call<{ error: { message: string } }>(
      'owner',
      'POST',
      `/api/bills/${bill.id}/threads`,
      { kind: 'waiver', finding: { pid, ruleId: 'ED-001' }, body: '二重' },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already waived/);
    const stale = await w.call('owner', 'POST', `/api/bills/${bill.id}/threads`, {
      kind: 'waiver',
      finding: { pid: bill.pids[0], ruleId: 'A21-003', textHash: '0'.repeat(32) },
      body: '古い',
    });
    expect(stale.status).toBe(409);
  });
});

describe('[R-REV-WAIVE-02] a waiver follows the wording of its provision', () => {
  it('holds through whitespace and width changes, lapses on a wording change, holds again when it is undone', async () => {
    const bill = await w.bill();
    const pid = bill.pids[1] ?? '';
    const made = await w.call<ThreadView>('owner', 'POST', `/api/bills/${bill.id}/threads`, {
      kind: 'waiver',
      finding: { pid, ruleId: 'ED-001' },
      body: '協定の範囲内。',
    });
    expect(made.status).toBe(201);
    const editor = connectClient(w.s.wsUrl, bill.id, { headers: { cookie: w.users.editor.cookie } });
    clients.push(editor);
    await synced(editor);
    const run = () =>
      sentenceRuns(sentencesByPid(editor.fragment).get(pid) as Y.XmlElement).runs[0]?.text as Y.XmlText;
    const contentHas = (s: string) => async () =>
      (await w.call<{ text: string }>('owner', 'GET', `/api/bills/${bill.id}/content`)).body.text.includes(s);

    run().insert(TEXTS[1].indexOf('国外'), '　'); // a full-width space: same wording
    await waitFor(contentHas('、　国外'), { message: 'space stored' });
    expect((await ed001(bill.id, pid))?.waived?.threadId).toBe(made.body.id);

    const at = run().toString().indexOf('侵入し');
    run().insert(at, '必要な範囲で');
    await waitFor(contentHas('必要な範囲で侵入し'), { message: 'wording stored' });
    const lapsed = await ed001(bill.id, pid);
    expect(lapsed).toBeDefined();
    expect(lapsed?.waived).toBeUndefined();
    const thread = (await w.threads(bill.id)).find((t) => t.id === made.body.id);
    expect(thread).toMatchObject({ waiverInForce: false, orphaned: false });

    run().delete(at, '必要な範囲で'.length);
    await waitFor(async () => (await ed001(bill.id, pid))?.waived?.threadId === made.body.id, {
      message: 'waiver holds again',
    });
  });

  it('deleting the reason withdraws the waiver; the thread stays with its replies', async () => {
    const bill = await w.bill();
    const pid = bill.pids[1] ?? '';
    const made = await w.call<ThreadView>('owner', 'POST', `/api/bills/${bill.id}/threads`, {
      kind: 'waiver',
      finding: { pid, ruleId: 'ED-001' },
      body: '理由',
    });
    await w.call('reviewer', 'POST', `/api/bills/${bill.id}/threads/${made.body.id}/replies`, {
      body: '異議あり',
    });
    expect(
      (
        await w.call(
          'owner',
          'DELETE',
          `/api/bills/${bill.id}/threads/${made.body.id}/comments/${made.body.comments[0]?.id}`,
        )
      ).status,
    ).toBe(204);
    expect((await ed001(bill.id, pid))?.waived).toBeUndefined();
    const thread = (await w.threads(bill.id)).find((t) => t.id === made.body.id);
    expect(thread?.waiverInForce).toBe(false);
    expect(thread?.comments.map((c) => c.body)).toEqual(['', '異議あり']);
    const audit = await w.call<{ entries: { action: string }[] }>(
      'owner',
      'GET',
      `/api/bills/${bill.id}/audit`,
    );
    expect(audit.body.entries.map((e) => e.action)).toContain('waiver.withdrawn');
  });
});
