// [R-TPL-30] The template API on a real server: list, preview, create a bill from a template, the bill's
// guidance; 400 for unknown templates and mismatched languages; 401 signed out, 404 for non-members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillContent, BillMeta } from '../../core/bill/meta';
import type { BillJSON } from '../../core/bill/types';
import type { BillGuidance, TemplateDetail, TemplateSummary } from '../../core/templates/types';
import { addUser, registerAdmin, type Session } from '../helpers/accounts';
import { api, startTestServer, type TestServer } from '../helpers/testServer';

let s: TestServer;
let owner: Session;
let viewer: Session;
let outsider: Session;
beforeAll(async () => {
  s = await startTestServer();
  owner = await registerAdmin(s.url, 'drafter');
  viewer = await addUser(s.url, owner, 'reader');
  outsider = await addUser(s.url, owner, 'stranger');
});
afterAll(async () => {
  await s.close();
  s.cleanup();
});

const nodes = (doc: BillJSON): BillJSON[] => [doc, ...(doc.content ?? []).flatMap(nodes)];
const pidsOf = (doc: BillJSON) =>
  nodes(doc).flatMap((n) => (typeof n.attrs?.pid === 'string' ? [n.attrs.pid] : []));

describe('GET /api/templates [R-TPL-30]', () => {
  it('lists every template with metadata and a numbered outline', async () => {
    const r = await owner.call<{ templates: TemplateSummary[] }>('GET', '/api/templates');
    expect(r.status).toBe(200);
    const ids = r.body.templates.map((t) => t.id);
    expect(ids).toEqual([
      'measure1.en',
      'measure1.ja',
      'measure2.en',
      'measure2.ja',
      'measure3.en',
      'measure3.ja',
      'omnibus.en',
      'omnibus.ja',
      'empty.en',
      'empty.ja',
    ]);
    const m2 = r.body.templates.find((t) => t.id === 'measure2.ja');
    expect(m2).toMatchObject({ measure: 2, lang: 'ja', version: '1.0.0' });
    expect(m2?.title).toContain('通信情報');
    expect(m2?.description.length).toBeGreaterThan(20);
    expect(m2?.billTitle).toMatch(/法律案$/);
    expect(m2?.outline[0]).toMatchObject({ type: 'chapter', label: '第一章', heading: '総則', depth: 0 });
    expect(m2?.outline.find((o) => o.type === 'article')).toMatchObject({ label: '第一条', heading: '目的' });
    expect(
      r.body.templates
        .find((t) => t.id === 'measure3.en')
        ?.outline.some((o) => o.label === 'Article 1' && o.heading === 'Purpose'),
    ).toBe(true);
  });

  it('refuses anyone signed out (401)', async () => {
    expect((await api(s.url, 'GET', '/api/templates')).status).toBe(401);
    expect((await api(s.url, 'GET', '/api/templates/measure1.ja')).status).toBe(401);
  });
});

describe('GET /api/templates/:id [R-TPL-31]', () => {
  it('returns the full template preview: bill JSON, text, guidance and alternatives', async () => {
    const r = await viewer.call<TemplateDetail>('GET', '/api/templates/measure3.ja');
    expect(r.status).toBe(200);
    expect(r.body.text).toContain('（外務大臣との協議）');
    expect(r.body.text).not.toContain('〔参照先なし〕');
    const pids = new Set(pidsOf(r.body.json));
    expect(Object.keys(r.body.guidance).every((p) => pids.has(p))).toBe(true);
    const groups = Object.entries(r.body.alternatives);
    expect(groups.length).toBe(3);
    const court = groups.flatMap(([, alts]) => alts).find((a) => a.id === 'court');
    expect(court?.label).toContain('裁判官');
    expect(court?.isDefault).toBe(false);
    // The preview is stable for a server run (the client can rely on its pids between calls).
    const again = await viewer.call<TemplateDetail>('GET', '/api/templates/measure3.ja');
    expect(pidsOf(again.body.json)).toEqual(pidsOf(r.body.json));
  });

  it('404 for an unknown template, 400 for a malformed id', async () => {
    const unknown = await owner.call<{ error: { code: string } }>('GET', '/api/templates/measure9.ja');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect((await owner.call('GET', '/api/templates/..%2Fsecret')).status).toBe(400);
  });
});

describe('POST /api/bills with templateId [R-TPL-32]', () => {
  it('creates a bill from the template with fresh pids, the given title and the template body', async () => {
    const preview = (await owner.call<TemplateDetail>('GET', '/api/templates/measure2.ja')).body;
    const created = await owner.call<BillMeta>('POST', '/api/bills', {
      title: '通信情報利用法案（第一次案）',
      lang: 'ja',
      templateId: 'measure2.ja',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: '通信情報利用法案（第一次案）', lang: 'ja' });
    const content = (await owner.call<BillContent>('GET', `/api/bills/${created.body.id}/content`)).body;
    expect(content.text.split('\n')[0]).toBe('通信情報利用法案（第一次案）');
    expect(content.text.split('\n').slice(1)).toEqual(preview.text.split('\n').slice(1));
    const pids = pidsOf(content.json);
    expect(pids.length).toBe(pidsOf(preview.json).length);
    expect(pids.filter((p) => pidsOf(preview.json).includes(p))).toEqual([]);
    // Two bills from one template share no pid.
    const second = (
      await owner.call<BillMeta>('POST', '/api/bills', {
        title: '第二次案',
        lang: 'ja',
        templateId: 'measure2.ja',
      })
    ).body;
    const secondPids = pidsOf(
      (await owner.call<BillContent>('GET', `/api/bills/${second.id}/content`)).body.json,
    );
    expect(secondPids.filter((p) => pids.includes(p))).toEqual([]);
  });

  it('400 with a clear message for an unknown template or a language that does not match', async () => {
    const unknown = await owner.call<{ error: { code: string; message: string } }>('POST', '/api/bills', {
      title: 'x',
      lang: 'ja',
      templateId: 'measure7.ja',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toEqual({
      code: 'invalid',
      message: 'unknown template "measure7.ja" (GET /api/templates lists them)',
    });
    const mismatch = await owner.call<{ error: { message: string } }>('POST', '/api/bills', {
      title: 'x',
      lang: 'en',
      templateId: 'measure1.ja',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.message).toBe(
      'template "measure1.ja" is written in ja but lang is en: choose the en version of the template',
    );
    const bills = (await owner.call<{ bills: BillMeta[] }>('GET', '/api/bills')).body.bills;
    expect(bills.some((b) => b.title === 'x')).toBe(false);
  });

  it('401 signed out', async () => {
    expect(
      (await api(s.url, 'POST', '/api/bills', { title: 'x', lang: 'ja', templateId: 'measure1.ja' })).status,
    ).toBe(401);
  });
});

describe('GET /api/bills/:id/guidance [R-TPL-33]', () => {
  it("serves guidance and alternatives keyed by the bill's own pids to every member", async () => {
    const bill = (
      await owner.call<BillMeta>('POST', '/api/bills', {
        title: 'Access Bill',
        lang: 'en',
        templateId: 'measure3.en',
      })
    ).body;
    expect(
      (await owner.call('PUT', `/api/bills/${bill.id}/members`, { username: 'reader', role: 'viewer' }))
        .status,
    ).toBe(200);
    const content = (await owner.call<BillContent>('GET', `/api/bills/${bill.id}/content`)).body;
    const pids = new Set(pidsOf(content.json));
    for (const who of [owner, viewer]) {
      const r = await who.call<BillGuidance>('GET', `/api/bills/${bill.id}/guidance`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ templateId: 'measure3.en', templateVersion: '1.0.0' });
      expect(Object.keys(r.body.guidance).length).toBeGreaterThan(15);
      for (const pid of [...Object.keys(r.body.guidance), ...Object.keys(r.body.alternatives)])
        expect(pids.has(pid)).toBe(true);
      for (const [pid, alts] of Object.entries(r.body.alternatives)) {
        for (const alt of alts) expect(alt.content.attrs?.pid).toBe(pid);
      }
    }
  });

  it('is empty for a bill not made from a template', async () => {
    const bill = (await owner.call<BillMeta>('POST', '/api/bills', { title: 'blank', lang: 'ja' })).body;
    const r = await owner.call<BillGuidance>('GET', `/api/bills/${bill.id}/guidance`);
    expect(r.body).toEqual({ templateId: null, templateVersion: null, guidance: {}, alternatives: {} });
  });

  it('404 for non-members, 401 signed out, and gone with the bill', async () => {
    const bill = (
      await owner.call<BillMeta>('POST', '/api/bills', {
        title: 'private',
        lang: 'ja',
        templateId: 'measure1.ja',
      })
    ).body;
    expect((await outsider.call('GET', `/api/bills/${bill.id}/guidance`)).status).toBe(404);
    expect((await api(s.url, 'GET', `/api/bills/${bill.id}/guidance`)).status).toBe(401);
    expect((await owner.call('DELETE', `/api/bills/${bill.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/bills/${bill.id}/guidance`)).status).toBe(404);
    expect(await s.server.storage.guidance.get(bill.id)).toBeNull();
  });

  it('records the template in the audit trail', async () => {
    const bill = (
      await owner.call<BillMeta>('POST', '/api/bills', {
        title: 'audited',
        lang: 'en',
        templateId: 'omnibus.en',
      })
    ).body;
    const entries = (
      await owner.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>(
        'GET',
        `/api/bills/${bill.id}/audit`,
      )
    ).body.entries;
    expect(entries.find((e) => e.action === 'bill.created')?.detail).toMatchObject({
      templateId: 'omnibus.en',
      templateVersion: '1.0.0',
    });
  });
});
