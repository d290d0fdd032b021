// Findings over HTTP on a real server: a bill written through the collab socket, ad-hoc POST /api/lint
// in both shapes, validation (400/413) and access (401 anonymous, 404 non-member or unknown bill).
import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleJSON, billJSON, chapterJSON, paragraphJSON } from '../../core/bill/builders';
import type { BillContent, BillMeta } from '../../core/bill/meta';
import { billExtensions } from '../../core/bill/nodes';
import { billLines } from '../../core/bill/text';
import type { BillJSON } from '../../core/bill/types';
import type { ReportRow } from '../../core/rules/reportRow';
import { addUser, registerAdmin, type Session } from '../helpers/accounts';
import { api, startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { connectClient, synced, type YClient } from '../helpers/ywsClient';

type Findings = { findings: ReportRow[]; addressed: ReportRow[] };
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
const schema = getSchema(billExtensions);

let s: TestServer;
let owner: Session;
let outsider: Session;
let viewer: Session;
let client: YClient;
const power = paragraphJSON('警察は、国外にある攻撃者のサーバに侵入し、これを無害化することができる。');
const acquisition = paragraphJSON(
  '内閣総理大臣は、電気通信事業者に対し、通信の複製を送信させることができる。',
);
const spare = paragraphJSON('この法律は、公布の日から施行する。');
const doc: BillJSON = billJSON('能動的サイバー防御法案', [
  chapterJSON('総則', [articleJSON('措置', [power, acquisition]), articleJSON('施行', [spare])]),
]);
let billId: string;

/** Writes `json` into the bill through the collab socket, as an editor would. */
function write(json: BillJSON): void {
  client.doc.transact(() => prosemirrorJSONToYXmlFragment(schema, json, client.fragment));
}

beforeAll(async () => {
  s = await startTestServer();
  owner = await registerAdmin(s.url);
  outsider = await addUser(s.url, owner, 'outsider');
  viewer = await addUser(s.url, owner, 'viewer');
  billId = (await owner.call<BillMeta>('POST', '/api/bills', { title: '能動的サイバー防御法案', lang: 'ja' }))
    .body.id;
  await owner.call('PUT', `/api/bills/${billId}/members`, { username: 'viewer', role: 'viewer' });
  client = connectClient(s.wsUrl, billId, { headers: { cookie: owner.cookie } });
  await synced(client);
  write(doc);
});

afterAll(async () => {
  client?.destroy();
  await s?.close();
  s?.cleanup();
});

describe('GET /api/bills/:id/findings', () => {
  it('[R-LINT-API-01] lints the text written through the collab socket, offsets into each provision', async () => {
    const res = await waitFor(async () => {
      const r = await owner.call<Findings>('GET', `/api/bills/${billId}/findings`);
      return r.body.findings.some((f) => f.ruleId === 'ED-001') ? r : null;
    });
    expect(res.status).toBe(200);
    const content = (await owner.call<BillContent>('GET', `/api/bills/${billId}/content`)).body;
    const texts = new Map(
      billLines(content.json, 'ja').flatMap((l) => (l.pid ? [[l.pid, l.text] as const] : [])),
    );
    const ed = res.body.findings.find((f) => f.ruleId === 'ED-001');
    expect(ed).toMatchObject({
      file: null,
      line: null,
      pid: power.attrs?.pid,
      category: 'exclusive-defense',
      severity: 'critical',
    });
    expect(texts.get(ed?.pid ?? '')?.slice(ed?.start, ed?.end)).toBe('国外');
    expect(res.body.findings.find((f) => f.ruleId === 'A21-003')?.pid).toBe(acquisition.attrs?.pid);
    for (const f of [...res.body.findings, ...res.body.addressed])
      expect(Object.keys(f)).toEqual(contractKeys);
    expect(res.body.findings.find((f) => f.ruleId === 'SG-003')?.message).toMatch(/国会/);
    // A Japanese bill cites the law in Japanese (kanji numerals, 同法 for the same statute again).
    expect(ed?.citation).toBe(
      '憲法第九条、国際連合憲章第二条４、タリン・マニュアル2.0 規則4（主権）、タリン・マニュアル2.0 規則20～26（対抗措置・緊急避難）',
    );
    for (const f of [...res.body.findings, ...res.body.addressed]) expect(f.citation).not.toMatch(/[A-Za-z]/);
  });

  it('[R-LINT-API-02] follows live edits: a Diet-report clause turns SG-003 from open to addressed', async () => {
    const withReport = structuredClone(doc);
    const setText = (node: BillJSON, pid: unknown, text: string): void => {
      if (node.attrs?.pid === pid)
        node.content = [{ type: 'paragraphSentence', content: [{ type: 'text', text }] }];
      else node.content?.forEach((c) => setText(c, pid, text));
    };
    setText(withReport, spare.attrs?.pid, '委員会は、毎年、措置の実施状況を国会に報告しなければならない。');
    write(withReport);
    const res = await waitFor(async () => {
      const r = await owner.call<Findings>('GET', `/api/bills/${billId}/findings`);
      return r.body.addressed.some((f) => f.ruleId === 'SG-003') ? r : null;
    });
    expect(res.body.findings.some((f) => f.ruleId === 'SG-003')).toBe(false);
  });

  it('[R-LINT-API-03] any member may read findings; others get 404, anonymous 401', async () => {
    expect((await viewer.call('GET', `/api/bills/${billId}/findings`)).status).toBe(200);
    const hidden = await outsider.call<{ error: { code: string } }>('GET', `/api/bills/${billId}/findings`);
    expect([hidden.status, hidden.body.error.code]).toEqual([404, 'not_found']);
    expect((await owner.call('GET', '/api/bills/nosuchbill/findings')).status).toBe(404);
    expect((await api(s.url, 'GET', `/api/bills/${billId}/findings`)).status).toBe(401);
  });

  it('[R-LINT-API-04] an English bill gets English messages and citations', async () => {
    const en = (
      await owner.call<BillMeta>('POST', '/api/bills', { title: 'Active Cyber Defense Bill', lang: 'en' })
    ).body.id;
    const c = connectClient(s.wsUrl, en, { headers: { cookie: owner.cookie } });
    try {
      await synced(c);
      const json = billJSON('Active Cyber Defense Bill', [
        articleJSON('Measures', ['The Agency may collect communications metadata in bulk from carriers.']),
      ]);
      c.doc.transact(() => prosemirrorJSONToYXmlFragment(schema, json, c.fragment));
      const res = await waitFor(async () => {
        const r = await owner.call<Findings>('GET', `/api/bills/${en}/findings`);
        return r.body.findings.some((f) => f.ruleId === 'A21-001') ? r : null;
      });
      expect(res.body.findings.find((f) => f.ruleId === 'A21-001')).toMatchObject({
        severity: 'critical',
        message: expect.stringMatching(/^This provision/),
        citation:
          'Constitution Art. 21(2); Telecommunications Business Act Art. 4; Telecommunications Business Act Art. 179',
      });
    } finally {
      c.destroy();
    }
  });
});

describe('POST /api/lint', () => {
  it('[R-LINT-API-05] { text, lang }: one provision per non-empty line, 1-based lines, pid null', async () => {
    const text =
      'この法律は、公布の日から施行する。\n\n警察は、国外にある攻撃者のサーバに侵入し、これを無害化することができる。\n';
    const res = await owner.call<Findings>('POST', '/api/lint', { text, lang: 'ja' });
    expect(res.status).toBe(200);
    const ed = res.body.findings.find((f) => f.ruleId === 'ED-001');
    expect(ed).toMatchObject({ file: null, line: 3, pid: null });
    expect(text.split('\n')[2]?.slice(ed?.start, ed?.end)).toBe('国外');
    expect(ed?.citation).toMatch(/^憲法第九条、国際連合憲章第二条４、/);
    expect(res.body.findings.every((f) => f.line === 3)).toBe(true);
  });

  it('[R-LINT-API-06] { bill, lang }: bill JSON findings keyed by pid; lang defaults from the text', async () => {
    const bill = billJSON('Bill', [
      articleJSON('Access', ['The officer may access the attacker’s server and delete the malware on it.']),
    ]);
    const res = await owner.call<Findings>('POST', '/api/lint', { bill });
    expect(res.status).toBe(200);
    const ua = res.body.findings.find((f) => f.ruleId === 'UA-001');
    expect(ua).toMatchObject({ line: null, pid: bill.content?.[1]?.content?.[1]?.attrs?.pid });
    expect(ua?.message).toMatch(/^This provision/);
    expect(Object.keys(ua ?? {})).toEqual(contractKeys);
  });

  it('[R-LINT-API-07] rejects bad input with 400 and oversize text with 413', async () => {
    const bad = [
      {},
      { text: 'x', bill: billJSON('B', []) },
      { text: 42 },
      { text: 'x', lang: 'fr' },
      { bill: { type: 'doc', content: [] } },
      { bill: 'not json' },
      { text: 'x', extra: true },
    ];
    for (const body of bad) {
      const r = await owner.call<{ error: { code: string; message: string } }>('POST', '/api/lint', body);
      expect([r.status, r.body.error.code], JSON.stringify(body)).toEqual([400, 'invalid']);
    }
    const malformed = await owner.call<{ error: { code: string } }>('POST', '/api/lint', '{"text": ', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    const huge = await owner.call<{ error: { code: string } }>('POST', '/api/lint', {
      text: 'あ'.repeat(200_001),
    });
    expect([huge.status, huge.body.error.code]).toEqual([413, 'too_large']);
  });

  it('[R-LINT-API-08] signed-in users only', async () => {
    expect((await api(s.url, 'POST', '/api/lint', { text: 'x', lang: 'en' })).status).toBe(401);
    expect((await outsider.call('POST', '/api/lint', { text: 'x', lang: 'en' })).status).toBe(200);
  });
});
