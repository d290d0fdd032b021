import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from '@tiptap/pm/model';
import {
  articleJSON,
  billJSON,
  chapterJSON,
  deriveNumbers,
  itemJSON,
  jsonAdapter,
  paragraphJSON,
  supplJSON,
  type BillJSON,
} from '../../../../core/bill';
import { schema } from '../commands/testBill';
import { computeNumbering } from './computeNumbering';
import { pmAdapter } from './pmAdapter';

function sample(): BillJSON {
  const target = articleJSON('目的', ['この法律は、目的を定める。']);
  const xref = (pid: unknown): BillJSON => ({ type: 'xref', attrs: { target: pid } });
  return billJSON(
    '題名',
    [
      chapterJSON('総則', [
        target,
        articleJSON('定義', [
          {
            type: 'paragraph',
            attrs: { pid: 'p-ref' },
            content: [
              {
                type: 'paragraphSentence',
                content: [{ type: 'text', text: '参照：' }, xref(target.attrs?.pid), xref('gone')],
              },
            ],
          },
          paragraphJSON('次に掲げる。', [itemJSON('号', ['細分'])]),
        ]),
      ]),
    ],
    [supplJSON([paragraphJSON('施行する。')])],
  );
}

const docOf = (json: BillJSON): PMNode => schema.nodeFromJSON(json);
/** What each label decorates: node type name and label. */
const shown = (doc: PMNode, lang: 'ja' | 'en') =>
  computeNumbering(doc, lang).labels.map((l) => {
    const node = doc.nodeAt(l.from);
    expect(l.to).toBe(l.from + (node?.nodeSize ?? 0));
    return [node?.type.name, l.label, l.articleStart];
  });

describe('pmAdapter', () => {
  it('derives the same numbers from a ProseMirror doc as from its JSON', () => {
    const json = sample();
    const fromPm = [...deriveNumbers(docOf(json), pmAdapter, 'ja').values()];
    const fromJson = [...deriveNumbers(json, jsonAdapter, 'ja').values()];
    expect(fromPm).toEqual(fromJson);
  });
});

describe('computeNumbering', () => {
  it('puts the article number on its first paragraph’s sentence and others on their own text', () => {
    expect(shown(docOf(sample()), 'ja')).toEqual([
      ['chapterTitle', '第一章', false],
      ['paragraphSentence', '第一条', true],
      ['paragraphSentence', '第二条', true],
      ['paragraphSentence', '２', false],
      ['itemSentence', '一', false],
      ['subitemSentence', 'イ', false],
      ['supplProvision', '附則', false],
      ['paragraphSentence', '', false],
    ]);
  });

  it('joins article and paragraph numbers in English', () => {
    expect(shown(docOf(sample()), 'en').slice(1, 4)).toEqual([
      ['paragraphSentence', 'Article 1', true],
      ['paragraphSentence', 'Article 2 (1)', true],
      ['paragraphSentence', '(2)', false],
    ]);
  });

  it('renders cross-references to the target’s current citation, or broken', () => {
    const xrefs = computeNumbering(docOf(sample()), 'ja').xrefs.map((x) => [x.cite, x.broken]);
    expect(xrefs).toEqual([
      ['第一条', false],
      ['〔参照先なし〕', true],
    ]);
  });

  it('lists chapters, articles and 附則 in the outline with positions', () => {
    const doc = docOf(sample());
    const outline = computeNumbering(doc, 'ja').outline;
    expect(outline.map((e) => [e.type, e.label, e.heading, e.depth])).toEqual([
      ['chapter', '第一章', '総則', 0],
      ['article', '第一条', '目的', 1],
      ['article', '第二条', '定義', 1],
      ['supplProvision', '附則', '', 0],
    ]);
    for (const e of outline) expect(doc.nodeAt(e.pos)?.attrs.pid).toBe(e.pid);
    expect(outline[2]?.preview).toBe('参照：第一条〔参照先なし〕');
  });
});
