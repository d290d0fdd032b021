// [R-IMP] Import of e-Gov 法令標準XML as a new bill: the real 行政手続法 file, round trips through
// export, and clear 4xx answers — never a crash — for files that are not 法令標準XML.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillContent, BillMeta } from '../../core/bill/meta';
import { isPid } from '../../core/bill/ids';
import { billOutline } from '../../core/bill/outline';
import type { BillJSON } from '../../core/bill/types';
import { addUser, registerAdmin, type Session } from '../helpers/accounts';
import { api, startTestServer, type TestServer } from '../helpers/testServer';
import { download, realActPath, xsdErrors } from './exportHelpers';

type Imported = BillMeta & { role: string; warnings: string[] };
type ApiError = { error: { code: string; message: string } };

let s: TestServer;
let owner: Session;
let drafter: Session;

beforeAll(async () => {
  s = await startTestServer();
  owner = await registerAdmin(s.url, 'owner');
  drafter = await addUser(s.url, owner, 'drafter');
});
afterAll(async () => {
  await s.close();
  s.cleanup();
});

const content = async (id: string, who = owner) => (await who.call<BillContent>('GET', `/api/bills/${id}/content`)).body;

/** The bill's structure without pids: every provision's type, depth, number and heading, in order. */
const structure = (json: BillJSON, lang: 'ja' | 'en') => billOutline(json, lang).map(({ pid: _pid, ...rest }) => rest);

function pids(node: BillJSON, out: string[] = []): string[] {
  if (typeof node.attrs?.pid === 'string') out.push(node.attrs.pid);
  for (const c of node.content ?? []) pids(c, out);
  return out;
}

describe('[R-IMP-01] the real act (行政手続法)', () => {
  let bill: Imported;
  beforeAll(async () => {
    const xml = readFileSync(realActPath, 'utf8');
    expect(xsdErrors(xml)).toBeNull();
    const r = await drafter.call<Imported>('POST', '/api/bills/import', { xml });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    bill = r.body;
  });

  it('becomes a Japanese bill owned by the caller, named after the law', async () => {
    expect(bill.title).toBe('行政手続法');
    expect(bill.lang).toBe('ja');
    expect(bill.role).toBe('owner');
    expect((await owner.call('GET', `/api/bills/${bill.id}`)).status).toBe(404);
  });

  it('renders with its article numbers, captions without （）, items and subitems', async () => {
    const { json, text } = await content(bill.id, drafter);
    const lines = text.split('\n');
    expect(lines[0]).toBe('行政手続法');
    expect(lines).toContain('第一章　総則');
    expect(lines).toContain('（目的等）');
    expect(text).toContain('第一条　この法律は、処分、行政指導及び届出に関する手続並びに命令等を定める手続に関し、');
    expect(lines).toContain('一　法令　法律、法律に基づく命令（告示を含む。）、条例及び地方公共団体の執行機関の規則（規程を含む。以下「規則」という。）をいう。');
    expect(text).toMatch(/^イ\u3000事実上の行為及び事実上の行為をするに当たり/m);
    expect(text).toMatch(/^第三十六条の二\u3000法令に違反する行為の是正を求める行政指導/m);
    expect(text).toMatch(/^第三十六条の三\u3000何人も、/m);
    expect(text).toMatch(/^第四十六条\u3000/m);
    expect(lines.filter((l) => l === '附則').length).toBe(14);
    const firstArticle = json.content?.[1]?.content?.[1];
    expect(firstArticle?.content?.[0]).toEqual({ type: 'articleCaption', content: [{ type: 'text', text: '目的等' }] });
  });

  it('gives every provision a fresh, unique pid', async () => {
    const all = pids((await content(bill.id, drafter)).json);
    expect(all.length).toBeGreaterThan(300);
    expect(all.every(isPid)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('says what it could not carry over', () => {
    expect(bill.warnings.join('\n')).toContain('ParagraphCaption');
    expect(bill.warnings.join('\n')).toContain('AmendLawNum');
    expect(bill.warnings.join('\n')).toContain('第四章の二 → 第五章');
  });

  it('exports again to schema-valid XML', async () => {
    const r = await download(s.url, `/api/bills/${bill.id}/export.xml`, drafter);
    expect(r.status).toBe(200);
    expect(xsdErrors(r.body)).toBeNull();
  });

  it('is recorded in the audit trail', async () => {
    const entries = (await drafter.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('GET', `/api/bills/${bill.id}/audit`)).body.entries;
    expect(entries.find((e) => e.action === 'bill.imported')?.detail).toMatchObject({ format: 'egov-xml' });
  });
});

describe('[R-IMP-02] round trip: export → import → export', () => {
  it.each(['measure1.ja', 'omnibus.en', 'measure3.ja'])('%s keeps structure and text', async (templateId) => {
    const lang = templateId.endsWith('.en') ? 'en' : 'ja';
    const original = (await owner.call<BillMeta>('POST', '/api/bills', { title: '往復', lang, templateId })).body;
    const xml = (await download(s.url, `/api/bills/${original.id}/export.xml`, owner)).body.toString('utf8');
    const r = await owner.call<Imported>('POST', '/api/bills/import', { xml, title: '往復（取込）' });
    expect(r.status).toBe(201);
    expect(r.body.title).toBe('往復（取込）');
    expect(r.body.lang).toBe(lang);
    expect(r.body.warnings).toEqual([]);
    const [a, b] = [await content(original.id), await content(r.body.id)];
    expect(b.text).toBe(a.text);
    expect(structure(b.json, lang)).toEqual(structure(a.json, lang));
    const again = (await download(s.url, `/api/bills/${r.body.id}/export.xml`, owner)).body.toString('utf8');
    expect(again).toBe(xml);
  });
});

describe('[R-IMP-03] files that are not 法令標準XML', () => {
  const cases: [string, unknown, number, RegExp][] = [
    ['not XML', { xml: 'これはXMLではありません' }, 400, /not XML/],
    ['empty', { xml: '  ' }, 400, /empty/],
    ['malformed', { xml: '<Law><LawNum>x</LawBody></Law>' }, 400, /not well-formed XML \(line 1, column \d+\)/],
    ['two roots', { xml: '<Law/><Law/>' }, 400, /exactly one root/],
    ['wrong root', { xml: '<?xml version="1.0"?><html><body/></html>' }, 400, /root element is <html>/],
    ['DOCTYPE', { xml: '<?xml version="1.0"?><!DOCTYPE Law [<!ENTITY a "aaaa">]><Law/>' }, 400, /DOCTYPE/],
    ['no LawBody', { xml: '<Law Lang="ja"><LawNum>x</LawNum></Law>' }, 400, /at Law: <Law> needs a <LawBody>/],
    ['bad Lang', { xml: '<Law Lang="fr"><LawNum>x</LawNum><LawBody/></Law>' }, 400, /Lang="fr"/],
    ['article without paragraph', { xml: '<Law Lang="ja"><LawNum>x</LawNum><LawBody><LawTitle>t</LawTitle><MainProvision><Article Num="1"><ArticleTitle>第一条</ArticleTitle></Article></MainProvision></LawBody></Law>' }, 400, /MainProvision\/Article\[Num=1\]: <Article> needs a <Paragraph>/],
    ['unknown element', { xml: '<Law Lang="ja"><LawNum>x</LawNum><LawBody><LawTitle>t</LawTitle><MainProvision><Foo/></MainProvision></LawBody></Law>' }, 400, /unexpected <Foo> in <MainProvision>/],
    ['no articles', { xml: '<Law Lang="ja"><LawNum>x</LawNum><LawBody><LawTitle>t</LawTitle><MainProvision/></LawBody></Law>' }, 400, /no article/],
    ['nested too deep', { xml: `<Law Lang="ja"><LawNum>x</LawNum><LawBody><LawTitle>${'<Sup>'.repeat(500)}t${'</Sup>'.repeat(500)}</LawTitle></LawBody></Law>` }, 400, /Maximum nested tags/],
    ['xml missing', { title: 'x' }, 400, /xml/],
    ['xml not a string', { xml: 42 }, 400, /xml/],
  ];
  it.each(cases)('%s → %i', async (_name, body, status, message) => {
    const r = await owner.call<ApiError>('POST', '/api/bills/import', body);
    expect(r.status).toBe(status);
    expect(r.body.error.message).toMatch(message);
  });

  it('too large → 413', async () => {
    const r = await owner.call<ApiError>('POST', '/api/bills/import', { xml: `<Law>${'あ'.repeat(1_000_000)}</Law>` });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('too_large');
  });

  it('needs a signed-in user', async () => {
    const r = await api(s.url, 'POST', '/api/bills/import', { xml: '<Law/>' });
    expect(r.status).toBe(401);
  });

  it('creates nothing when it fails', async () => {
    const before = (await drafter.call<{ bills: unknown[] }>('GET', '/api/bills')).body.bills.length;
    await drafter.call('POST', '/api/bills/import', { xml: '<Law/>' });
    expect((await drafter.call<{ bills: unknown[] }>('GET', '/api/bills')).body.bills.length).toBe(before);
  });
});
