// Linting bill JSON: provisions come from the document (pids, cross-references rendered), offsets are
// into each provision's own text.
import { describe, expect, it } from 'vitest';
import { articleJSON, billJSON, chapterJSON, paragraphJSON, itemJSON } from '../bill/builders';
import { billLines } from '../bill/text';
import { builtinRulePacks } from './builtinRulePacks';
import { lintBill } from './lintBill';

describe('lintBill', () => {
  const power = paragraphJSON('警察は、国外にある攻撃者のサーバに侵入し、これを無害化することができる。', [
    itemJSON('電気通信事業者に通信の複製を送信させること。'),
  ]);
  const doc = billJSON('能動的サイバー防御法案', [chapterJSON('総則', [articleJSON('措置', [power])])]);

  it('finds risks in paragraphs and items, keyed by their pids', () => {
    const findings = lintBill(doc, 'ja', builtinRulePacks);
    const texts = new Map(billLines(doc, 'ja').flatMap((l) => (l.pid ? [[l.pid, l.text] as const] : [])));
    const ed = findings.find((f) => f.ruleId === 'ED-001');
    expect(ed?.pid).toBe(power.attrs?.pid);
    expect(texts.get(ed?.pid ?? '')?.slice(ed?.start, ed?.end)).toBe('国外');
    const a21 = findings.find((f) => f.ruleId === 'A21-003');
    expect(a21?.pid).toBe(power.content?.[1]?.attrs?.pid);
    expect(
      findings.filter((f) => f.category === 'safeguards' && f.status === 'open').map((f) => f.ruleId),
    ).toContain('SG-001');
  });

  it('gives English messages for an English bill', () => {
    const en = billJSON('Act', [
      articleJSON('Measures', ['The police may penetrate hostile servers abroad and neutralize them.']),
    ]);
    const f = lintBill(en, 'en', builtinRulePacks).find((x) => x.ruleId === 'ED-001');
    expect(f?.message).toMatch(/computers abroad/);
  });
});
