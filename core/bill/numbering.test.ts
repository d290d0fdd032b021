import { describe, expect, it } from 'vitest';
import { articleJSON, billJSON, chapterJSON, itemJSON, paragraphJSON, sectionJSON, supplJSON } from './builders';
import { billOutline } from './outline';
import { billToText } from './text';
import type { BillJSON, BillLang } from './types';

/** A bill exercising every level: chapters, a section, branch article, items, subitems, 附則. */
function sampleBill(): BillJSON {
  return billJSON(
    'サイバー対処法案',
    [
      chapterJSON('総則', [
        articleJSON('目的', ['この法律は、目的を定める。']),
        articleJSON('定義', [
          paragraphJSON('この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。', [
            itemJSON('電子計算機', ['甲', '乙']),
            itemJSON('通信情報'),
          ]),
          '前項の規定は、適用しない。',
          '第三項の文。',
        ]),
      ]),
      chapterJSON('措置', [
        sectionJSON('通則', [articleJSON('措置', ['措置を講ずる。']), articleJSON('追加', ['追加の条。'], true)]),
        sectionJSON('特例', [articleJSON('', ['見出しなし。'])]),
      ]),
    ],
    [supplJSON([paragraphJSON('この法律は、公布の日から施行する。'), paragraphJSON('経過措置を定める。')])],
  );
}

const labels = (doc: BillJSON, lang: BillLang) => billOutline(doc, lang).map((n) => [n.type, n.label, n.cite, n.depth]);

describe('deriveNumbers / billOutline', () => {
  it('[R-NUM-01] numbers every provision in Japanese style', () => {
    expect(labels(sampleBill(), 'ja')).toEqual([
      ['chapter', '第一章', '第一章', 0],
      ['article', '第一条', '第一条', 1],
      ['paragraph', '', '第一条', 2],
      ['article', '第二条', '第二条', 1],
      ['paragraph', '', '第二条第一項', 2],
      ['item', '一', '第二条第一項第一号', 3],
      ['subitem', 'イ', '第二条第一項第一号イ', 4],
      ['subitem', 'ロ', '第二条第一項第一号ロ', 4],
      ['item', '二', '第二条第一項第二号', 3],
      ['paragraph', '２', '第二条第二項', 2],
      ['paragraph', '３', '第二条第三項', 2],
      ['chapter', '第二章', '第二章', 0],
      ['section', '第一節', '第二章第一節', 1],
      ['article', '第三条', '第三条', 2],
      ['paragraph', '', '第三条', 3],
      ['article', '第三条の二', '第三条の二', 2],
      ['paragraph', '', '第三条の二', 3],
      ['section', '第二節', '第二章第二節', 1],
      ['article', '第四条', '第四条', 2],
      ['paragraph', '', '第四条', 3],
      ['supplProvision', '附則', '附則', 0],
      ['paragraph', '１', '附則第一項', 1],
      ['paragraph', '２', '附則第二項', 1],
    ]);
  });

  it('[R-NUM-02] numbers every provision in English style', () => {
    expect(labels(sampleBill(), 'en').map(([type, label, cite]) => [type, label, cite])).toEqual([
      ['chapter', 'Chapter 1', 'Chapter 1'],
      ['article', 'Article 1', 'Article 1'],
      ['paragraph', '', 'Article 1'],
      ['article', 'Article 2', 'Article 2'],
      ['paragraph', '(1)', 'Article 2, paragraph (1)'],
      ['item', '(i)', 'Article 2, paragraph (1), item (i)'],
      ['subitem', '(a)', 'Article 2, paragraph (1), item (i), (a)'],
      ['subitem', '(b)', 'Article 2, paragraph (1), item (i), (b)'],
      ['item', '(ii)', 'Article 2, paragraph (1), item (ii)'],
      ['paragraph', '(2)', 'Article 2, paragraph (2)'],
      ['paragraph', '(3)', 'Article 2, paragraph (3)'],
      ['chapter', 'Chapter 2', 'Chapter 2'],
      ['section', 'Section 1', 'Chapter 2, Section 1'],
      ['article', 'Article 3', 'Article 3'],
      ['paragraph', '', 'Article 3'],
      ['article', 'Article 3-2', 'Article 3-2'],
      ['paragraph', '', 'Article 3-2'],
      ['section', 'Section 2', 'Chapter 2, Section 2'],
      ['article', 'Article 4', 'Article 4'],
      ['paragraph', '', 'Article 4'],
      ['supplProvision', 'Supplementary Provisions', 'Supplementary Provisions'],
      ['paragraph', '(1)', 'Supplementary Provisions, paragraph (1)'],
      ['paragraph', '(2)', 'Supplementary Provisions, paragraph (2)'],
    ]);
  });

  it('[R-NUM-03] a branch article with no predecessor is numbered as a normal article', () => {
    const doc = billJSON('t', [articleJSON('', ['a'], true), articleJSON('', ['b'], true), articleJSON('', ['c'])]);
    expect(billOutline(doc, 'ja').filter((n) => n.type === 'article').map((n) => n.label)).toEqual([
      '第一条',
      '第一条の二',
      '第二条',
    ]);
  });

  it('[R-NUM-04] articles in supplementary provisions restart at 1', () => {
    const doc = billJSON('t', [articleJSON('', ['a']), articleJSON('', ['b'])], [supplJSON([articleJSON('施行期日', ['c'])])]);
    const arts = billOutline(doc, 'ja').filter((n) => n.type === 'article');
    expect(arts.map((a) => [a.label, a.cite, a.heading])).toEqual([
      ['第一条', '第一条', ''],
      ['第二条', '第二条', ''],
      ['第一条', '附則第一条', '施行期日'],
    ]);
  });

  it('[R-NUM-05] pids are unique and numbering is keyed by pid', () => {
    const outline = billOutline(sampleBill(), 'ja');
    expect(new Set(outline.map((n) => n.pid)).size).toBe(outline.length);
  });
});

describe('billToText', () => {
  it('[R-TXT-01] prints a Japanese bill in 法令 layout', () => {
    expect(billToText(sampleBill(), 'ja').split('\n')).toEqual([
      'サイバー対処法案',
      '第一章　総則',
      '（目的）',
      '第一条　この法律は、目的を定める。',
      '（定義）',
      '第二条　この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。',
      '一　電子計算機',
      'イ　甲',
      'ロ　乙',
      '二　通信情報',
      '２　前項の規定は、適用しない。',
      '３　第三項の文。',
      '第二章　措置',
      '第一節　通則',
      '（措置）',
      '第三条　措置を講ずる。',
      '（追加）',
      '第三条の二　追加の条。',
      '第二節　特例',
      '第四条　見出しなし。',
      '附則',
      '１　この法律は、公布の日から施行する。',
      '２　経過措置を定める。',
    ]);
  });

  it('[R-TXT-02] prints an English bill with statutory labels', () => {
    const doc = billJSON('Test Act', [
      articleJSON('Purpose', ['This Act sets a purpose.']),
      articleJSON('Definitions', [paragraphJSON('In this Act:', [itemJSON('"computer" means …')]), 'Second.']),
    ]);
    expect(billToText(doc, 'en').split('\n')).toEqual([
      'Test Act',
      '(Purpose)',
      'Article 1 This Act sets a purpose.',
      '(Definitions)',
      'Article 2 (1) In this Act:',
      '(i) "computer" means …',
      '(2) Second.',
    ]);
  });

  it('[R-TXT-03] renders cross-references to the target’s current number, and broken ones', () => {
    const target = articleJSON('', ['target']);
    const targetPid = String(target.attrs?.pid);
    const ref = (pid: string): BillJSON => ({
      type: 'article',
      attrs: { pid: `ref-article-${pid}` },
      content: [
        { type: 'articleCaption' },
        {
          type: 'paragraph',
          attrs: { pid: `ref-para-${pid}` },
          content: [
            {
              type: 'paragraphSentence',
              content: [{ type: 'xref', attrs: { target: pid } }, { type: 'text', text: 'の規定による。' }],
            },
          ],
        },
      ],
    });
    const doc = billJSON('t', [articleJSON('', ['first']), target, ref(targetPid), ref('gone')]);
    const lines = billToText(doc, 'ja').split('\n');
    expect(lines).toContain('第三条　第二条の規定による。');
    expect(lines).toContain('第四条　〔参照先なし〕の規定による。');
  });
});
