import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { billOutline, deriveNumbers, jsonAdapter, type BillJSON } from '../../../../core/bill';
import { applyAlternative, instantiateTemplate, validateTemplate } from '../../../../core/templates';
import measure2ja from '../../../../templates/measure2.ja.json';
import { schema } from '../commands/testBill';
import { annotatedAncestors } from './annotatedAncestors';
import { findProvision } from './findProvision';
import { matchAlternative } from './matchAlternative';
import { relatedProvisions } from './relatedProvisions';
import { swapAlternative } from './swapAlternative';

const template = validateTemplate(measure2ja, 'measure2.ja.json');

function setup() {
  const instance = instantiateTemplate(template);
  const doc = schema.nodeFromJSON(instance.json);
  doc.check();
  const state = EditorState.create({ schema, doc });
  const annotated = new Set([...Object.keys(instance.guidance), ...Object.keys(instance.alternatives)]);
  return { instance, state, annotated };
}

/** A state with the cursor at the start of the first textblock containing `text`. */
function cursorAt(state: EditorState, text: string): EditorState {
  let target = -1;
  state.doc.descendants((node, pos) => {
    if (target >= 0) return false;
    if (node.isTextblock && node.textContent.includes(text)) target = pos + 1;
    return true;
  });
  if (target < 0) throw new Error(`no ${text}`);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, target)));
}

const textOf = (state: EditorState, pid: string) => findProvision(state.doc, pid)?.node.textContent ?? '';

describe('guidance around the cursor [R-TPL-GUIDE]', () => {
  it('walks up from the cursor to the provisions that carry guidance, innermost first', () => {
    const { instance, state, annotated } = setup();
    // The item 重要電子計算機 has its own note, inside 第二条 (定義), which has one too.
    const inItem = cursorAt(state, '重要電子計算機　次に掲げる');
    const found = annotatedAncestors(inItem.selection.$from, annotated).map((a) => a.pid);
    expect(found).toEqual([instance.pids['d-critical-computer'], instance.pids['a-definitions']]);
    // A paragraph without a note of its own: its article's.
    const inParagraph = cursorAt(state, '前項の規定は、特別社会基盤事業者に当事者協定の締結を義務付ける');
    expect(annotatedAncestors(inParagraph.selection.$from, annotated).map((a) => a.pid)).toEqual([
      instance.pids['a-consult'],
    ]);
  });

  it('lists the provisions a provision cites and the ones citing it, with their current citations', () => {
    const { instance, state } = setup();
    const numbers = deriveNumbers(instance.json, jsonAdapter, 'ja');
    const pid = instance.pids['a-ff-application'] ?? '';
    const related = relatedProvisions(state.doc, pid, numbers);
    expect(related.cites.map((r) => r.pid)).toContain(instance.pids['p-ff-1']);
    expect(related.cites.every((r) => r.cite && r.pos !== null)).toBe(true);
    // 準用 (a-fd-procedure) refers to 承認の求め.
    const citedByText = related.citedBy.map((r) => r.cite);
    expect(citedByText.length).toBeGreaterThan(0);
    expect(related.citedBy.every((r) => r.pos !== null)).toBe(true);
  });
});

describe('clause alternatives [R-TPL-ALT]', () => {
  it('recognises the current wording, swaps in one transaction keeping the pid, and flags edits', () => {
    const { instance, state } = setup();
    const pid = instance.pids['a-retention'] ?? '';
    const alternatives = instance.alternatives[pid] ?? [];
    expect(alternatives.map((a) => a.id)).toEqual(['fixed-period', 'cabinet-order']);
    const current = () => matchAlternative(findProvision(next.doc, pid)?.node.toJSON() as BillJSON, alternatives);
    let next = state;
    expect(current()).toBe('fixed-period');

    const cabinet = alternatives[1];
    if (!cabinet) throw new Error('fixture');
    const keptParagraph = instance.pids['p-ret-1'] ?? '';
    let transactions = 0;
    expect(
      swapAlternative(pid, cabinet)(next, (tr) => {
        transactions += 1;
        next = next.apply(tr);
      }),
    ).toBe(true);
    expect(transactions).toBe(1);
    next.doc.check();
    expect(current()).toBe('cabinet-order');
    expect(textOf(next, pid)).toContain('政令で定める期間');
    // Same as core's JSON swap; the paragraph both wordings share keeps its pid (references to it survive).
    expect(next.doc.toJSON()).toEqual(applyAlternative(instance.json, pid, cabinet));
    expect(findProvision(next.doc, keptParagraph)).not.toBeNull();
    // The outline still numbers every article the same way (an article replaced, not added).
    expect(billOutline(next.doc.toJSON() as BillJSON, 'ja').filter((n) => n.type === 'article').length).toBe(
      billOutline(instance.json, 'ja').filter((n) => n.type === 'article').length,
    );

    // Typing into it makes it match no alternative.
    const found = findProvision(next.doc, keptParagraph);
    if (!found) throw new Error('lost');
    next = next.apply(next.tr.insertText('（改）', found.pos + 2));
    expect(current()).toBeNull();
  });

  it('declines an alternative meant for another provision', () => {
    const { instance, state } = setup();
    const retention = instance.alternatives[instance.pids['a-retention'] ?? ''] ?? [];
    const other = retention[1];
    if (!other) throw new Error('fixture');
    expect(swapAlternative(instance.pids['a-consult'] ?? '', other)(state)).toBe(false);
  });
});
