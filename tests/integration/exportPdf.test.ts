// [R-EXP] Draft PDF export: real server, bills from the shipped templates and from imported XML, PDFs
// read back with poppler (pdftotext, pdffonts) as a reviewer's tools would read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillContent, BillMeta } from '../../core/bill/meta';
import { billLines } from '../../core/bill/text';
import { addUser, registerAdmin, type Session } from '../helpers/accounts';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { download, firstMissingInOrder, lineStartForbidden, pdfFonts, pdfPages, pdfText, portraitBody, squash } from './exportHelpers';

let s: TestServer;
let owner: Session;
let viewer: Session;
let outsider: Session;
const bills: Record<string, BillMeta> = {};

async function billFrom(templateId: string, title: string, lang: 'ja' | 'en'): Promise<BillMeta> {
  const r = await owner.call<BillMeta>('POST', '/api/bills', { title, lang, templateId });
  expect(r.status).toBe(201);
  return r.body;
}

/** A bill whose sentences put 、。」）ー々ャっ where a line would naively begin (42 characters a line). */
async function kinsokuBill(): Promise<BillMeta> {
  const para = (n: number, ch: string) =>
    `<Paragraph Num="${n}"><ParagraphNum>${n === 1 ? '' : n}</ParagraphNum><ParagraphSentence><Sentence>${'あ'.repeat(n === 1 ? 38 : 40)}${ch}${'い'.repeat(39)}${ch}${'う'.repeat(20)}。</Sentence></ParagraphSentence></Paragraph>`;
  const chars = ['、', '。', '」', '）', 'ー', '々', 'ャ', 'っ'];
  const xml = `<?xml version="1.0" encoding="UTF-8"?><Law Era="Reiwa" Year="7" Num="1" LawType="Act" Lang="ja"><LawNum>令和七年法律第一号</LawNum><LawBody><LawTitle>禁則確認法</LawTitle><MainProvision><Article Num="1"><ArticleCaption>（禁則）</ArticleCaption><ArticleTitle>第一条</ArticleTitle>${chars.map((c, i) => para(i + 1, c)).join('')}</Article></MainProvision></LawBody></Law>`;
  const r = await owner.call<BillMeta>('POST', '/api/bills/import', { xml });
  expect(r.status).toBe(201);
  return r.body;
}

beforeAll(async () => {
  s = await startTestServer();
  owner = await registerAdmin(s.url, 'owner');
  viewer = await addUser(s.url, owner, 'viewer');
  outsider = await addUser(s.url, owner, 'outsider');
  bills.ja = await billFrom('measure1.ja', '官民情報共有法案', 'ja');
  bills.en = await billFrom('measure1.en', 'Information Sharing Bill', 'en');
  bills.omnibus = await billFrom('omnibus.ja', '能動的サイバー防御法案', 'ja');
  bills.kinsoku = await kinsokuBill();
  expect((await owner.call('PUT', `/api/bills/${bills.ja.id}/members`, { username: 'viewer', role: 'viewer' })).status).toBe(200);
});
afterAll(async () => {
  await s.close();
  s.cleanup();
});

const bill = (key: string) => bills[key] as BillMeta;
const lines = async (b: BillMeta) => billLines((await owner.call<BillContent>('GET', `/api/bills/${b.id}/content`)).body.json, b.lang);

describe('[R-EXP-01] draft PDF', () => {
  it('is a PDF download named after the bill and the date, not cached', async () => {
    const r = await download(s.url, `/api/bills/${bill('ja').id}/export.pdf`, owner);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.headers.get('cache-control')).toBe('no-store');
    const cd = r.headers.get('content-disposition') ?? '';
    expect(cd).toMatch(/^attachment; filename="[ -~]+\.pdf"; filename\*=UTF-8''/);
    const name = decodeURIComponent(cd.split("UTF-8''")[1] ?? '');
    expect(name).toMatch(/^官民情報共有法案_\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each(['ja', 'en', 'omnibus'])('%s: every line of the bill, with its derived numbers, in reading order', async (key) => {
    const b = bill(key);
    const pdf = (await download(s.url, `/api/bills/${b.id}/export.pdf`, owner)).body;
    const text = squash(pdfText(pdf, { layout: true, crop: portraitBody }));
    // Whitespace is layout (the printed 附則 is spaced 附 則), not content: compare without it.
    const expected = (await lines(b)).map((l) => squash(l.line));
    expect(firstMissingInOrder(text, expected)).toBeNull();
    expect(text).toContain(squash(b.lang === 'ja' ? '第一条' : 'Article 1'));
  });

  it('embeds its Japanese fonts as subsets', async () => {
    const pdf = (await download(s.url, `/api/bills/${bill('ja').id}/export.pdf`, owner)).body;
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoSerifJP/);
    }
  });

  it('prints the title, version and date in the header and "page / pages" in the footer', async () => {
    const pdf = (await download(s.url, `/api/bills/${bill('ja').id}/export.pdf`, owner)).body;
    const pages = pdfPages(pdf);
    const first = pdfText(pdf, { layout: true, page: 1 });
    expect(first).toContain('最新版');
    expect(first).toMatch(/令和\d+年\d+月\d+日/);
    expect(squash(first)).toContain(`1/${pages}`);
    expect(squash(pdfText(pdf, { layout: true, page: pages }))).toContain(`${pages}/${pages}`);
  });

  it('prints 目次 for a bill with chapters', async () => {
    const text = squash(pdfText((await download(s.url, `/api/bills/${bill('ja').id}/export.pdf`, owner)).body, { page: 1 }));
    expect(text).toMatch(/目次第一章総則（第一条―第[一二三四五六七八九十]+条）/);
  });
});

describe('[R-EXP-06] every template prints', () => {
  it.each(['empty.ja', 'empty.en', 'measure2.ja', 'measure2.en', 'measure3.ja', 'measure3.en', 'omnibus.en'])('%s', async (templateId) => {
    const lang = templateId.endsWith('.en') ? 'en' : 'ja';
    const b = await billFrom(templateId, `PDF ${templateId}`, lang);
    const r = await download(s.url, `/api/bills/${b.id}/export.pdf?lineNumbers=1&watermark=1&findings=1`, owner);
    expect(r.status).toBe(200);
    expect(pdfFonts(r.body).every((f) => f.embedded)).toBe(true);
    const text = squash(pdfText(r.body, { layout: true, crop: portraitBody }));
    const expected = (await lines(b)).map((l) => squash(l.line));
    expect(firstMissingInOrder(text, expected)).toBeNull();
  });
});

describe('[R-EXP-02] Japanese line breaking (kinsoku)', () => {
  it.each(['kinsoku', 'omnibus', 'ja'])('%s: no printed line begins with 、。」）ー々 small kana …', async (key) => {
    const pdf = (await download(s.url, `/api/bills/${bill(key).id}/export.pdf`, owner)).body;
    const bad = pdfText(pdf, { layout: true, crop: portraitBody })
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && lineStartForbidden.includes(Array.from(l)[0] ?? ''));
    expect(bad).toEqual([]);
  });

  it('the crafted bill really puts those characters at a line boundary (so the test above bites)', async () => {
    const pdf = (await download(s.url, `/api/bills/${bill('kinsoku').id}/export.pdf`, owner)).body;
    const printed = pdfText(pdf, { layout: true, crop: portraitBody }).split('\n').map((l) => squash(l)).filter(Boolean);
    // 第一条 + 38 あ fill a line exactly: the 、 after them moves to the next line with the last あ.
    expect(printed).toContain(`第一条${'あ'.repeat(37)}`);
    expect(printed.some((l) => l.startsWith('あ、い'))).toBe(true);
  });
});

describe('[R-EXP-03] line numbers and watermark', () => {
  it('numbers every printed line from 1 on each page when asked', async () => {
    const pdf = (await download(s.url, `/api/bills/${bill('ja').id}/export.pdf?lineNumbers=1`, owner)).body;
    for (const page of [1, 2]) {
      const numbers = pdfText(pdf, { layout: true, page })
        .split('\n')
        .map((l) => /^\s*(\d+)\s+\S/.exec(l)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      expect(numbers.length).toBeGreaterThan(20);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    const plain = (await download(s.url, `/api/bills/${bill('ja').id}/export.pdf`, owner)).body;
    expect(pdfText(plain, { layout: true, page: 2 })).not.toMatch(/^\s*1\s+\S/m);
  });

  it('draws the watermark without changing the extractable text', async () => {
    const id = bill('en').id;
    const marked = (await download(s.url, `/api/bills/${id}/export.pdf?watermark=1`, owner)).body;
    const plain = (await download(s.url, `/api/bills/${id}/export.pdf`, owner)).body;
    expect(marked.length).toBeGreaterThan(plain.length);
    expect(pdfText(marked, { crop: portraitBody })).toBe(pdfText(plain, { crop: portraitBody }));
    expect(pdfText(marked)).not.toContain('DRAFT');
  });

  it('rejects a malformed flag', async () => {
    expect((await download(s.url, `/api/bills/${bill('ja').id}/export.pdf?lineNumbers=yes`, owner)).status).toBe(400);
  });
});

describe('[R-EXP-04] findings report', () => {
  it('appends every open finding with its provision, severity, basis and suggestion', async () => {
    // The measure-1 template's safeguards answer all its findings; the omnibus bill keeps open ones.
    const b = bill('omnibus');
    const found = (await owner.call<{ findings: { ruleId: string; citation: string }[] }>('GET', `/api/bills/${b.id}/findings`)).body.findings;
    expect(found.length).toBeGreaterThan(0);
    const pdf = (await download(s.url, `/api/bills/${b.id}/export.pdf?findings=1`, owner)).body;
    const text = squash(pdfText(pdf));
    expect(text).toContain(squash(`法的リスク指摘一覧（${found.length}件）`));
    expect(firstMissingInOrder(text, found.map((f) => squash(f.ruleId)))).toBeNull();
    // The basis is cited in the bill's language.
    for (const f of found) expect(f.citation).not.toMatch(/[A-Za-z]/);
    for (const f of found) expect(text).toContain(squash(f.citation));
  });

  it('is also a report of its own (findings.pdf) without the bill text', async () => {
    const r = await download(s.url, `/api/bills/${bill('en').id}/findings.pdf`, owner);
    expect(r.status).toBe(200);
    expect(decodeURIComponent(r.headers.get('content-disposition') ?? '')).toContain('_findings_');
    const text = pdfText(r.body);
    expect(text).toContain('Legal-risk findings');
    expect(text).not.toContain('Article 1 In view of');
  });
});

describe('[R-EXP-05] who may export', () => {
  const paths = (id: string) => [`/api/bills/${id}/export.pdf`, `/api/bills/${id}/findings.pdf`, `/api/bills/${id}/export.xml`];
  it('a viewer may (policy "export"); a non-member gets 404; nobody signed in gets 401', async () => {
    for (const p of paths(bill('ja').id)) {
      expect((await download(s.url, p, viewer)).status, p).toBe(200);
      expect((await download(s.url, p, outsider)).status, p).toBe(404);
      expect((await download(s.url, p)).status, p).toBe(401);
    }
    expect((await download(s.url, '/api/bills/nosuchbill/export.pdf', owner)).status).toBe(404);
  });

  it('records bill.exported with the format, and keeps an automatic version of what was exported', async () => {
    const id = bill('ja').id;
    await download(s.url, `/api/bills/${id}/export.xml`, viewer);
    const audit = (await owner.call<{ entries: { action: string; userId: string; detail: Record<string, unknown> }[] }>('GET', `/api/bills/${id}/audit`)).body.entries;
    const exported = audit.filter((e) => e.action === 'bill.exported');
    expect(exported.map((e) => e.detail.format)).toEqual(expect.arrayContaining(['pdf', 'findings-pdf', 'xml']));
    expect(exported[0]?.userId).toBe(viewer.user.id);
    const versions = (await owner.call<{ versions: { auto: boolean; reason: string | null }[] }>('GET', `/api/bills/${id}/versions`)).body.versions;
    // The content never changed: one automatic version, taken at the first export.
    expect(versions.filter((v) => v.reason === 'export')).toHaveLength(1);
  });
});
