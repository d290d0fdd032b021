// [R-XML] e-Gov 法令標準XML export: every shipped template exports to XML that the official XSD accepts
// (xmllint), with derived numbers in Num attributes and titles, and cross-references as citation text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillContent, BillMeta } from '../../core/bill/meta';
import { billLines } from '../../core/bill/text';
import { registerAdmin, type Session } from '../helpers/accounts';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { download, xsdErrors } from './exportHelpers';

let s: TestServer;
let owner: Session;

beforeAll(async () => {
  s = await startTestServer();
  owner = await registerAdmin(s.url, 'owner');
});
afterAll(async () => {
  await s.close();
  s.cleanup();
});

async function importXml(xml: string): Promise<BillMeta> {
  const r = await owner.call<BillMeta>('POST', '/api/bills/import', { xml });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const law = (main: string, suppl = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><Law Era="Reiwa" Year="7" Num="3" LawType="Act" Lang="ja"><LawNum>令和七年法律第三号</LawNum><LawBody><LawTitle>枝番号確認法</LawTitle><MainProvision>${main}</MainProvision>${suppl}</LawBody></Law>`;
const article = (num: string, title: string, text: string) =>
  `<Article Num="${num}"><ArticleCaption>（見出し）</ArticleCaption><ArticleTitle>${title}</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>${text}</Sentence></ParagraphSentence></Paragraph></Article>`;

describe('[R-XML-01] every template exports to schema-valid 法令標準XML', () => {
  it('lists the templates', async () => {
    const list = (await owner.call<{ templates: unknown[] }>('GET', '/api/templates')).body.templates;
    expect(list.length).toBeGreaterThanOrEqual(10);
  });

  it.each(['empty.ja', 'empty.en', 'measure1.ja', 'measure1.en', 'measure2.ja', 'measure2.en', 'measure3.ja', 'measure3.en', 'omnibus.ja', 'omnibus.en'])(
    '%s',
    async (templateId) => {
      const lang = templateId.endsWith('.en') ? 'en' : 'ja';
      const bill = (await owner.call<BillMeta>('POST', '/api/bills', { title: `XML ${templateId}`, lang, templateId })).body;
      const r = await download(s.url, `/api/bills/${bill.id}/export.xml`, owner);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(r.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''.+\.xml$/);
      const xml = r.body.toString('utf8');
      expect(xsdErrors(xml)).toBeNull();
      expect(xml).toContain(`Lang="${lang}"`);
      // Every provision's printed text is in the XML (cross-references as their citations).
      const { json } = (await owner.call<BillContent>('GET', `/api/bills/${bill.id}/content`)).body;
      const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const plain = unescape(xml.replace(/<[^>]+>/g, ''));
      for (const line of billLines(json, lang)) if (line.text) expect(plain).toContain(line.text);
      if (json.content?.some((n) => n.type === 'chapter')) expect(xml).toMatch(/<TOC><TOCLabel>/);
    },
  );
});

describe('[R-XML-02] numbers, captions and references', () => {
  it('writes branch articles as Num="6_2" with the title 第六条の二, captions in （）', async () => {
    const main = [article('5', '第五条', '甲。'), article('6', '第六条', '乙。'), article('6_2', '第六条の二', '丙。'), article('7', '第七条', '丁。')].join('');
    const bill = await importXml(law(main));
    const xml = (await download(s.url, `/api/bills/${bill.id}/export.xml`, owner)).body.toString('utf8');
    expect(xsdErrors(xml)).toBeNull();
    // Numbers are derived from position: the first article of this bill is 第一条.
    expect(xml).toContain('<Article Num="2"><ArticleCaption>（見出し）</ArticleCaption><ArticleTitle>第二条</ArticleTitle>');
    expect(xml).toContain('<Article Num="2_2"><ArticleCaption>（見出し）</ArticleCaption><ArticleTitle>第二条の二</ArticleTitle>');
    expect(xml).toContain('<Article Num="3"><ArticleCaption>（見出し）</ArticleCaption><ArticleTitle>第三条</ArticleTitle>');
  });

  it('splits 本文 and ただし書 into main and proviso sentences', async () => {
    const bill = await importXml(law(article('1', '第一条', '甲は、乙をすることができる。ただし、丙の場合は、この限りでない。')));
    const xml = (await download(s.url, `/api/bills/${bill.id}/export.xml`, owner)).body.toString('utf8');
    expect(xml).toContain('<Sentence Num="1" Function="main" WritingMode="vertical">甲は、乙をすることができる。</Sentence>');
    expect(xml).toContain('<Sentence Num="2" Function="proviso" WritingMode="vertical">ただし、丙の場合は、この限りでない。</Sentence>');
  });

  it('escapes markup characters in the text', async () => {
    const bill = await importXml(law(article('1', '第一条', 'A &amp; B &lt;C&gt; "D"。')));
    const xml = (await download(s.url, `/api/bills/${bill.id}/export.xml`, owner)).body.toString('utf8');
    expect(xsdErrors(xml)).toBeNull();
    expect(xml).toContain('A &amp; B &lt;C&gt; "D"。');
  });

  it('answers 409 for a shape the schema cannot hold (an article beside chapters)', async () => {
    // A <Part> holding an article and then a chapter imports as a loose article next to a chapter.
    const part = `<Part Num="1"><PartTitle>第一編\u3000総則</PartTitle>${article('1', '第一条', '甲。')}<Chapter Num="1"><ChapterTitle>第一章\u3000雑則</ChapterTitle>${article('2', '第二条', '乙。')}</Chapter></Part>`;
    const bill = await importXml(law(part));
    const r = await owner.call<{ error: { code: string; message: string } }>('GET', `/api/bills/${bill.id}/export.xml`);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('第一条');
  });
});
