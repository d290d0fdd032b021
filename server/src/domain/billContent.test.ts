import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleJSON, billJSON, chapterJSON, itemJSON, paragraphJSON, supplJSON } from '../../../core/bill/builders';
import type { BillJSON } from '../../../core/bill/types';
import { billJSONToUpdate, stateToBillJSON, validateBillJSON } from './billContent';

const sample = (): BillJSON =>
  billJSON(
    '重要電子計算機防護法案',
    [
      chapterJSON('総則', [
        articleJSON('目的', ['この法律は、重要電子計算機に対する不正な行為による被害の防止を図ることを目的とする。']),
        articleJSON('定義', [paragraphJSON('この法律において、次の用語の意義は、それぞれ定めるところによる。', [itemJSON('特定侵害事象', ['イの文', 'ロの文'])])], true),
      ]),
    ],
    [supplJSON([paragraphJSON('この法律は、公布の日から施行する。')])],
  );

describe('bill content ⇄ Y.Doc', () => {
  it('[R-SCH-01] round-trips JSON → Y.XmlFragment → JSON unchanged, pids and branch kept', () => {
    const json = sample();
    expect(stateToBillJSON(billJSONToUpdate(json))).toEqual(json);
  });

  it('[R-SCH-02] an English bill with cross-references round-trips', () => {
    const target = articleJSON('Purpose', ['This Act …']);
    const json = billJSON('Test Act', [
      target,
      articleJSON('Ref', [
        {
          type: 'paragraph',
          attrs: { pid: 'p-ref' },
          content: [{ type: 'paragraphSentence', content: [{ type: 'text', text: 'As in ' }, { type: 'xref', attrs: { target: target.attrs?.pid } }] }],
        },
      ]),
    ]);
    expect(stateToBillJSON(billJSONToUpdate(json))).toEqual(json);
  });

  it('[R-SCH-03] refuses JSON that does not fit the schema', () => {
    expect(() => validateBillJSON({ type: 'bill', content: [{ type: 'billTitle' }, { type: 'nonsense' }] })).toThrow();
    expect(() => validateBillJSON({ type: 'bill', content: [{ type: 'article', attrs: { pid: 'x' }, content: [] }] })).toThrow();
  });

  it('[R-SCH-04] reading never modifies the shared state, even when it holds unknown elements', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, billJSONToUpdate(sample()));
    doc.getXmlFragment('content').insert(1, [new Y.XmlElement('bogus')]);
    const state = Y.encodeStateAsUpdate(doc);
    const before = doc.getXmlFragment('content').length;
    const json = stateToBillJSON(state);
    expect(json.content?.some((n) => n.type === 'bogus')).toBe(false);
    expect(doc.getXmlFragment('content').length).toBe(before);
  });
});
