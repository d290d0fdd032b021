// [R-TPL-20] Every shipped template (templates/*.json) validates, instantiates into a bill the schema
// accepts, renders with no broken reference (also with every clause alternative swapped in), has the
// structure of a statute, carries its safeguards, and its Japanese and English versions match.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { billOutline } from '../../core/bill/outline';
import { billLines, billToText } from '../../core/bill/text';
import type { BillJSON, BillLang } from '../../core/bill/types';
import { applyAlternative } from '../../core/templates/applyAlternative';
import type { BillTemplate } from '../../core/templates/schema';
import { walkTemplate } from '../../core/templates/templateTree';
import { validateTemplate } from '../../core/templates/validateTemplate';
import { billJSONToUpdate, stateToBillJSON, validateBillJSON } from '../../server/src/domain/billContent';
import { loadTemplates } from '../../server/src/templates/loadTemplates';

const dir = 'templates';
const catalog = loadTemplates(dir);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const templates = new Map<string, BillTemplate>(
  files.map((f) => [
    f.replace(/\.json$/, ''),
    validateTemplate(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')), f),
  ]),
);
const broken = /〔参照先なし〕|\[missing reference\]/;

/** The families we ship, each in both languages, with their expected shape. */
const expected: Record<string, { chapters: number; minArticles: number; minXrefs: number }> = {
  measure1: { chapters: 6, minArticles: 25, minXrefs: 20 },
  measure2: { chapters: 7, minArticles: 35, minXrefs: 30 },
  measure3: { chapters: 8, minArticles: 35, minXrefs: 30 },
  omnibus: { chapters: 12, minArticles: 80, minXrefs: 80 },
  empty: { chapters: 4, minArticles: 6, minXrefs: 3 },
};

/** Safeguard wording a legal-risk reviewer (or linter) looks for, per family and language. */
const safeguards: Record<string, Record<BillLang, string[]>> = {
  common: {
    ja: ['必要な最小限度', '不当に制限するようなことがあってはならない', '国会', '施行期日', '検討'],
    en: ['minimum extent necessary', 'must never unduly restrict', 'Diet', 'Effective Date', 'Review'],
  },
  measure1: {
    ja: [
      '秘密を漏らし',
      '目的以外の目的のために利用し',
      '犯罪の捜査のために利用し',
      '消去しなければならない',
      '国会に対し',
    ],
    en: [
      'disclose or misappropriate',
      'for any purpose other than the purpose of this Act',
      'investigation of crimes',
      'must delete it',
      'report the following matters to the Diet',
    ],
  },
  measure2: {
    ja: [
      '委員会の承認',
      '人が知覚することができない自動的な方法',
      '機械的情報であって',
      '非識別化',
      '内内通信',
      '二年を超えて保存してはならず',
      '犯罪の捜査',
      '両議院の同意',
      '独立してその職権を行う',
      '四年以下の拘禁刑',
    ],
    en: [
      'approval of the Commission',
      'automated method that no person can perceive',
      'mechanical information',
      'de-identification',
      'purely domestic communications',
      'more than two years',
      'investigation of crimes',
      'consent of both Houses of the Diet',
      'exercise their authority independently',
      'imprisonment for not more than four years',
    ],
  },
  measure3: {
    ja: [
      'あらかじめ、警察庁長官を通じて、委員会の承認',
      '承認を受けるいとまがない',
      'あらかじめ、外務大臣と協議',
      '国際法上許容される範囲内',
      '武力の行使に該当するものであってはならない',
      '内閣総理大臣は、',
      '国家公安委員会から要請',
      '国会に対し',
    ],
    en: [
      'prior approval of the Commission',
      'no time to obtain approval',
      'consult with the Minister for Foreign Affairs in advance',
      'permitted under international law',
      'must not amount to the use of force',
      'the Prime Minister may order units of the Self-Defense Forces',
      'National Public Safety Commission has so requested',
      'report to the Diet',
    ],
  },
};
safeguards.omnibus = {
  ja: [
    ...(safeguards.measure1?.ja ?? []),
    ...(safeguards.measure2?.ja ?? []),
    ...(safeguards.measure3?.ja ?? []),
  ],
  en: [
    ...(safeguards.measure1?.en ?? []),
    ...(safeguards.measure2?.en ?? []),
    ...(safeguards.measure3?.en ?? []),
  ],
};

const nodes = (doc: BillJSON): BillJSON[] => [doc, ...(doc.content ?? []).flatMap(nodes)];
const captionOf = (article: BillJSON) =>
  (article.content?.[0]?.content ?? []).map((n) => n.text ?? '').join('');

describe('shipped templates [R-TPL-20]', () => {
  it('ships every family in Japanese and English, and nothing else', () => {
    const expectedIds = Object.keys(expected)
      .flatMap((f) => [`${f}.en`, `${f}.ja`])
      .sort();
    expect([...templates.keys()].sort()).toEqual(expectedIds);
    expect(
      catalog
        .list()
        .map((t) => t.id)
        .sort(),
    ).toEqual(expectedIds);
  });

  for (const [id, template] of templates) {
    const family = id.split('.')[0] ?? '';
    const lang = template.lang;
    const shape = expected[family];

    describe(id, () => {
      const made = catalog.instantiate(id, template.bill.title);
      if (!made) throw new Error(`catalog has no ${id}`);
      const json = made.json;
      const text = billToText(json, lang);

      it('instantiates into a bill that fits the schema and survives the Y.Doc round trip', () => {
        expect(() => validateBillJSON(json)).not.toThrow();
        expect(stateToBillJSON(billJSONToUpdate(json))).toEqual(json);
      });

      it('renders with no broken cross-reference', () => {
        expect(text).not.toMatch(broken);
        const xrefs = nodes(json).filter((n) => n.type === 'xref');
        expect(xrefs.length).toBeGreaterThanOrEqual(shape?.minXrefs ?? 0);
      });

      it('has the structure of a statute: chapters, captioned articles, 附則 with 施行期日 and 検討', () => {
        const outline = billOutline(json, lang);
        expect(outline.filter((o) => o.type === 'chapter').length).toBe(shape?.chapters);
        expect(outline.filter((o) => o.type === 'article').length).toBeGreaterThanOrEqual(
          shape?.minArticles ?? 1,
        );
        const penalties = lang === 'ja' ? '罰則' : 'Penal Provisions';
        for (const chapter of (json.content ?? []).filter((n) => n.type === 'chapter')) {
          const title = (chapter.content?.[0]?.content ?? []).map((n) => n.text).join('');
          const articles = nodes(chapter).filter((n) => n.type === 'article');
          expect(articles.length, title).toBeGreaterThan(0);
          // Penal provisions are uncaptioned, as in enacted statutes; every other article has a caption.
          if (title !== penalties)
            for (const a of articles) expect(captionOf(a), `an article in ${title}`).not.toBe('');
        }
        const suppl = (json.content ?? []).filter((n) => n.type === 'supplProvision');
        expect(suppl.length).toBe(1);
        const supplArticles = nodes(suppl[0] as BillJSON).filter((n) => n.type === 'article');
        expect(captionOf(supplArticles[0] as BillJSON)).toBe(lang === 'ja' ? '施行期日' : 'Effective Date');
        expect(supplArticles.map(captionOf)).toContain(lang === 'ja' ? '検討' : 'Review');
        const lines = billLines(json, lang);
        const definitions =
          lang === 'ja'
            ? 'この法律において、次の各号に掲げる用語の意義は'
            : 'In this Act, the meanings of the terms';
        expect(lines.some((l) => l.text.startsWith(definitions))).toBe(true);
      });

      it('carries its safeguards', () => {
        const wanted = [...(safeguards.common?.[lang] ?? []), ...(safeguards[family]?.[lang] ?? [])];
        if (family === 'empty')
          return expect(text).toMatch(lang === 'ja' ? /必要な最小限度/ : /minimum extent necessary/);
        const missing = wanted.filter((w) => w && !text.includes(w));
        expect(missing).toEqual([]);
      });

      it('has guidance for its key provisions, keyed by pids in the bill', () => {
        const pids = new Set(
          nodes(json).flatMap((n) => (typeof n.attrs?.pid === 'string' ? [n.attrs.pid] : [])),
        );
        const keys = Object.keys(made.guidance);
        expect(keys.length).toBeGreaterThanOrEqual(family === 'empty' ? 3 : 15);
        for (const k of keys) expect(pids.has(k)).toBe(true);
        for (const note of Object.values(made.guidance)) {
          expect(note.rationale.length).toBeGreaterThan(10);
          expect(note.safeguards.length + note.decisions.length).toBeGreaterThan(0);
        }
      });

      it('swaps in every clause alternative without breaking the bill or a reference', () => {
        const groups = Object.entries(made.alternatives);
        if (family !== 'empty') expect(groups.length).toBeGreaterThanOrEqual(2);
        for (const [pid, alternatives] of groups) {
          expect(alternatives.filter((a) => a.isDefault).length).toBe(1);
          for (const alt of alternatives) {
            const swapped = applyAlternative(json, pid, alt);
            expect(() => validateBillJSON(swapped), alt.id).not.toThrow();
            expect(billToText(swapped, lang), alt.id).not.toMatch(broken);
          }
        }
      });
    });
  }

  it('Japanese and English versions have the same provisions, ids, guidance and alternatives', () => {
    for (const family of Object.keys(expected)) {
      const [ja, en] = [templates.get(`${family}.ja`), templates.get(`${family}.en`)];
      if (!ja || !en) throw new Error(`${family} is missing a language`);
      const shape = (t: BillTemplate) => {
        const out: string[] = [];
        walkTemplate(t, ({ node, path }) =>
          out.push(
            `${path}:${node.type}:${node.id ?? ''}:${node.guidance ? 'G' : ''}:${(node.alternatives ?? []).map((a) => a.id).join('|')}`,
          ),
        );
        return out;
      };
      expect(shape(en), family).toEqual(shape(ja));
      expect([ja.measure, ja.version]).toEqual([en.measure, en.version]);
    }
  });
});
