import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { articleJSON, billJSON, chapterJSON, deriveNumbers, itemJSON, paragraphJSON, type BillJSON } from '../../../../core/bill';
import { billProvisions, lintBill, RuleEngine } from '../../../../core/rules';
import { schema } from '../commands/testBill';
import { pmAdapter } from '../extensions/pmAdapter';
import { builtinRuleSet } from './builtinRuleSet';
import { computeFindings, findingsKey, isOpenFinding, placedFindings, type FindingsContext, type FindingsState } from './findingsState';
import type { FindingWaiver } from './findingWaivers';
import { offsetToPos, provisionLines, renderedText } from './provisionLines';

const TAKEDOWN = '当該職員は、国外に所在する電子計算機に記録されたプログラムを消去することができる。';
const APPROVAL = '委員会の事前の承認を得て、';

function context(): FindingsContext {
  return {
    engine: new RuleEngine(builtinRuleSet),
    lang: 'ja',
    numbers: (state) => deriveNumbers(state.doc, pmAdapter, 'ja'),
    brokenRef: '〔参照先なし〕',
    onGutter: () => undefined,
    texts: new WeakMap(),
    listedCache: new WeakMap(),
    waiverChecks: new WeakMap(),
  };
}

function bill(): { json: BillJSON; target: string } {
  const target = articleJSON('目的', ['この法律は、重要電子計算機の防護を目的とする。']);
  const withXref: BillJSON = {
    type: 'paragraph',
    attrs: { pid: 'p-xref' },
    content: [
      {
        type: 'paragraphSentence',
        content: [
          { type: 'text', text: '当該職員は、' },
          { type: 'xref', attrs: { target: target.attrs?.pid } },
          { type: 'text', text: 'の規定にかかわらず、国外に所在する電子計算機に記録されたプログラムを消去することができる。' },
        ],
      },
    ],
  };
  const json = billJSON('題名', [
    chapterJSON('総則', [target, articleJSON('措置', [withXref, paragraphJSON('前項の措置は記録する。', [itemJSON('通信の秘密を侵してはならない。')])])]),
    articleJSON('', [TAKEDOWN]),
  ]);
  return { json, target: String(target.attrs?.pid) };
}

/** The drawn decorations as comparable tuples. */
function drawn(set: DecorationSet, state: EditorState) {
  return set
    .find(0, state.doc.content.size)
    .map((d) => {
      const spec = d.spec as { key?: string; findingKey?: string };
      return `${d.from}-${d.to}:${spec.findingKey ?? spec.key ?? ''}`;
    })
    .sort();
}

/** Applies `tr`, advancing the findings state the way the plugin does (re-lint on document changes). */
function step(ctx: FindingsContext, state: EditorState, prev: FindingsState, tr: Transaction) {
  const next = state.apply(tr);
  return { state: next, findings: tr.docChanged ? computeFindings(ctx, next, prev, tr) : prev };
}

describe('provisionLines', () => {
  it('reads the same provisions as core billProvisions, xrefs rendered as citations', () => {
    const { json } = bill();
    const doc = schema.nodeFromJSON(json);
    const numbers = deriveNumbers(doc, pmAdapter, 'ja');
    const cite = (n: { attrs: Record<string, unknown> }) => numbers.get(String(n.attrs.target))?.cite ?? '?';
    const lines = provisionLines(doc, cite).map(({ pid, text }) => ({ pid, text }));
    expect(lines).toEqual(billProvisions(json, 'ja'));
    expect(lines.find((l) => l.pid === 'p-xref')?.text).toContain('当該職員は、第一条の規定にかかわらず');
  });

  it('maps rendered offsets to document positions, snapping inside a citation to the whole reference', () => {
    const { json } = bill();
    const doc = schema.nodeFromJSON(json);
    const cite = () => '第一条';
    const line = provisionLines(doc, cite).find((l) => l.pid === 'p-xref');
    if (!line) throw new Error('no line');
    expect(renderedText(line.node, cite).slice(6, 9)).toBe('第一条');
    const at = (o: number, side: 'start' | 'end') => offsetToPos(line, o, side, cite);
    expect(at(0, 'start')).toBe(line.pos + 1);
    expect(at(6, 'start')).toBe(line.pos + 7); // just before the xref
    expect(at(7, 'start')).toBe(line.pos + 7); // inside the citation: the reference's start
    expect(at(7, 'end')).toBe(line.pos + 8); // …or its end
    expect(at(9, 'end')).toBe(line.pos + 8);
    expect(at(10, 'start')).toBe(line.pos + 9); // text after the xref: one position per character again
    expect(doc.textBetween(at(9, 'start'), at(20, 'end'))).toBe(renderedText(line.node, cite).slice(9, 20));
  });
});

describe('computeFindings', () => {
  it('finds what lintBill finds, placed on the flagged words', () => {
    const { json } = bill();
    const state = EditorState.create({ schema, doc: schema.nodeFromJSON(json) });
    const result = computeFindings(context(), state, null, null);
    expect(placedFindings(result).map((f) => [f.pid, f.ruleId, f.severity, f.status])).toEqual(
      lintBill(json, 'ja', builtinRuleSet).map((f) => [f.pid, f.ruleId, f.severity, f.status]),
    );
    const ua = placedFindings(result).find((f) => f.ruleId === 'UA-004' && f.pid !== 'p-xref');
    expect(ua && state.doc.textBetween(ua.from, ua.to)).toBe('プログラムを消去');
    expect(result.listed.find((f) => f.key === ua?.key)?.quote).toBe('プログラムを消去');
    const categories = new Set(placedFindings(result).map((f) => f.category));
    expect(categories).toEqual(new Set(['article21', 'unauthorized-access', 'exclusive-defense', 'safeguards']));
  });

  it('updates decorations incrementally exactly as a full rebuild would, and re-analyses only edited provisions', () => {
    const ctx = context();
    const { json } = bill();
    let state = EditorState.create({ schema, doc: schema.nodeFromJSON(json) });
    let findings = computeFindings(ctx, state, null, null);
    const posOf = (text: string) => {
      let found = -1;
      state.doc.descendants((n, p) => {
        if (found < 0 && n.isText && n.text?.includes(text)) found = p + (n.text.indexOf(text) ?? 0);
        return found < 0;
      });
      return found;
    };
    const edits: ((s: EditorState) => Transaction)[] = [
      (s) => s.tr.insertText('、直ちに', posOf('消去することができる。') + 2), // inside the last article
      (s) => s.tr.insertText(APPROVAL, posOf('当該職員は、国外') + 6), // safeguard lowers the severity
      (s) => s.tr.delete(posOf('通信の秘密'), posOf('通信の秘密') + 5),
      (s) => s.tr.insertText('X', 3), // in the chapter title: everything after shifts
      (s) => s.tr.replaceWith(0, s.doc.content.size, s.doc.content), // a remote Yjs update replaces everything
    ];
    for (const edit of edits) {
      ({ state, findings } = step(ctx, state, findings, edit(state)));
      expect(drawn(findings.decorations, state)).toEqual(drawn(computeFindings(context(), state, null, null).decorations, state));
      expect(findings.stats.recomputed).toBeLessThanOrEqual(1);
    }
    const takedown = placedFindings(findings).filter((f) => f.pid !== 'p-xref' && f.category !== 'safeguards');
    expect(takedown.map((f) => [f.ruleId, f.severity])).toEqual([
      ['ED-001', 'warning'],
      ['UA-004', 'warning'],
    ]);
  });

  it('keeps the listed array while only positions move, and maps (not redraws) during IME composition', () => {
    const ctx = context();
    const { json } = bill();
    let state = EditorState.create({ schema, doc: schema.nodeFromJSON(json) });
    let findings = computeFindings(ctx, state, null, null);
    const listed = findings.listed;
    ({ state, findings } = step(ctx, state, findings, state.tr.insertText('X', 3)));
    expect(findings.listed).toBe(listed);

    const composing = state.tr.insertText('あ', 3).setMeta('composition', 1);
    ({ state, findings } = step(ctx, state, findings, composing));
    expect(findings.stale).toBe(true);
    ({ state, findings } = step(ctx, state, findings, state.tr.setSelection(TextSelection.create(state.doc, 2))));
    expect(findings.stale).toBe(true); // no doc change: the plugin refreshes on its 'refresh' meta
    const refreshed = computeFindings(ctx, state, findings, state.tr);
    expect(refreshed.stale).toBe(false);
    expect(drawn(refreshed.decorations, state)).toEqual(drawn(computeFindings(context(), state, null, null).decorations, state));
  });
});

describe('waived findings', () => {
  /** A waiver of `ruleId` on the takedown article that holds while its text is `text` (the review layer hashes). */
  const waiverOf = (pid: string, ruleId: string, text: string | undefined): FindingWaiver => ({
    id: `w-${ruleId}`,
    pid,
    ruleId,
    title: `Waived: ${ruleId}`,
    holds: (now) => now !== undefined && now === text,
  });
  const gutters = (s: FindingsState, state: EditorState) =>
    s.decorations
      .find(0, state.doc.content.size)
      .map((d) => (d.spec as { key?: string }).key ?? '')
      .filter((k) => k.startsWith('gutter:'));
  const statusOf = (s: FindingsState, state: EditorState, key: string) =>
    s.decorations
      .find(0, state.doc.content.size)
      .filter((d) => (d.spec as { findingKey?: string }).findingKey === key)
      .map((d) => (d.spec as { status?: string }).status);
  /** Applies a waivers-only transaction the way the plugin does. */
  const lend = (ctx: FindingsContext, state: EditorState, prev: FindingsState, waivers: FindingWaiver[]) => {
    const tr = state.tr.setMeta(findingsKey, { type: 'waivers', waivers });
    const next = state.apply(tr);
    return { state: next, findings: computeFindings(ctx, next, prev, tr, waivers) };
  };

  it('are listed as waived, muted in the text and left out of the gutter count; all waived gives a waived marker', () => {
    const ctx = context();
    let state = EditorState.create({ schema, doc: schema.nodeFromJSON(bill().json) });
    let findings = computeFindings(ctx, state, null, null);
    const takedown = findings.listed.filter((f) => f.category !== 'safeguards' && findings.lines.get(f.pid)?.text === TAKEDOWN);
    expect(takedown.map((f) => [f.ruleId, f.status])).toEqual([
      ['ED-001', 'open'],
      ['UA-004', 'open'],
    ]);
    const pid = takedown[0]?.pid ?? '';
    expect(gutters(findings, state)).toContain(`gutter:${pid}:critical:2:0`);

    // One waived: listed as waived, drawn muted, the marker counts the other one.
    ({ state, findings } = lend(ctx, state, findings, [waiverOf(pid, 'UA-004', TAKEDOWN)]));
    expect(findings.listed.find((f) => f.key === `${pid}:UA-004`)?.status).toBe('waived');
    expect(findings.listed.find((f) => f.key === `${pid}:ED-001`)?.status).toBe('open');
    expect(statusOf(findings, state, `${pid}:UA-004`)).toEqual(['waived']);
    expect(gutters(findings, state)).toContain(`gutter:${pid}:critical:1:1`);
    const ua = placedFindings(findings).find((f) => f.key === `${pid}:UA-004`);
    expect(ua && isOpenFinding(findings, ua)).toBe(false);
    // Redrawn incrementally exactly as a full rebuild would.
    const full = computeFindings(context(), state, null, null, findings.waivers);
    expect(drawn(findings.decorations, state)).toEqual(drawn(full.decorations, state));
    expect(gutters(findings, state)).toEqual(gutters(full, state));

    // Both waived: no open count, a waived marker.
    const both = [waiverOf(pid, 'UA-004', TAKEDOWN), waiverOf(pid, 'ED-001', TAKEDOWN)];
    ({ state, findings } = lend(ctx, state, findings, both));
    expect(gutters(findings, state)).toContain(`gutter:${pid}:waived:0:2`);
    expect(findings.listed.filter((f) => f.pid === pid && f.category !== 'safeguards').map((f) => f.status)).toEqual(['waived', 'waived']);
  });

  it('lapse as soon as the provision’s text changes, and hold again when it changes back', () => {
    const ctx = context();
    let state = EditorState.create({ schema, doc: schema.nodeFromJSON(bill().json) });
    let findings = computeFindings(ctx, state, null, null);
    const pid = [...findings.lines.values()].find((l) => l.text === TAKEDOWN)?.pid ?? '';
    ({ state, findings } = lend(ctx, state, findings, [waiverOf(pid, 'UA-004', TAKEDOWN)]));
    const at = (() => {
      let found = -1;
      state.doc.descendants((n, p) => {
        if (found < 0 && n.isText && n.text?.startsWith('当該職員は、国外')) found = p + 6;
        return found < 0;
      });
      return found;
    })();

    ({ state, findings } = step(ctx, state, findings, state.tr.insertText('直ちに', at)));
    expect(findings.listed.find((f) => f.key === `${pid}:UA-004`)?.status).toBe('open');
    expect(findings.waived.size).toBe(0);
    expect(gutters(findings, state)).toContain(`gutter:${pid}:critical:2:0`);
    expect(drawn(findings.decorations, state)).toEqual(drawn(computeFindings(context(), state, null, null, findings.waivers).decorations, state));

    ({ state, findings } = step(ctx, state, findings, state.tr.delete(at, at + 3)));
    expect(findings.listed.find((f) => f.key === `${pid}:UA-004`)?.status).toBe('waived');
    expect(gutters(findings, state)).toContain(`gutter:${pid}:critical:1:1`);
  });
});

