import { describe, expect, it } from 'vitest';
import { isPid } from '../bill/ids';
import { billToText } from '../bill/text';
import type { BillJSON } from '../bill/types';
import { applyAlternative } from './applyAlternative';
import { instantiateTemplate } from './instantiate';
import { minimalTemplate } from '../../tests/fixtures/templates/minimalTemplate';
import { validateTemplate } from './validateTemplate';

/** Every node of a bill JSON tree, depth first. */
function nodes(doc: BillJSON): BillJSON[] {
  return [doc, ...(doc.content ?? []).flatMap(nodes)];
}
const pidsOf = (doc: BillJSON) =>
  nodes(doc).flatMap((n) => (typeof n.attrs?.pid === 'string' ? [n.attrs.pid] : []));
const xrefTargets = (doc: BillJSON) =>
  nodes(doc).flatMap((n) => (n.type === 'xref' ? [String(n.attrs?.target)] : []));

describe('instantiateTemplate [R-TPL-02]', () => {
  const template = validateTemplate(minimalTemplate(), 'mini.ja.json');

  it('gives every provision a fresh, unique uuid pid', () => {
    const { json } = instantiateTemplate(template);
    const pids = pidsOf(json);
    expect(pids.length).toBe(12); // 2 chapters, 4 articles, 5 paragraphs, 1 supplementary provision
    expect(pids.every(isPid)).toBe(true);
    expect(new Set(pids).size).toBe(pids.length);
    const other = pidsOf(instantiateTemplate(template).json);
    expect(other.filter((p) => pids.includes(p))).toEqual([]);
  });

  it('maps cross-references to the new pids and renders them as citations', () => {
    const { json, pids } = instantiateTemplate(template);
    expect(xrefTargets(json)).toEqual([pids['a-purpose'], pids['p-approval-1']]);
    const text = billToText(json, 'ja');
    expect(text).toContain('委員会は、第一条の目的に照らして審査する。');
    expect(text).toContain('第二条第一項に違反した者は、罰金に処する。');
    expect(text).toContain('附則\n（施行期日）\n第一条　この法律は、公布の日から施行する。');
  });

  it('uses the given title for the title node', () => {
    expect(instantiateTemplate(template, { title: '別名' }).json.content?.[0]).toEqual({
      type: 'billTitle',
      content: [{ type: 'text', text: '別名' }],
    });
    expect(billToText(instantiateTemplate(template).json, 'ja').split('\n')[0]).toBe('試験法案');
  });

  it('re-keys guidance and alternatives by the new pids', () => {
    const { guidance, alternatives, pids } = instantiateTemplate(template);
    expect(Object.keys(guidance)).toEqual([pids['a-purpose']]);
    expect(guidance[pids['a-purpose'] ?? '']?.rationale).toBe('目的を示す。');
    const alts = alternatives[pids['a-approval'] ?? ''] ?? [];
    expect(alts.map((a) => [a.id, a.isDefault])).toEqual([
      ['commission', true],
      ['court', false],
    ]);
    // Every variant keeps the provision's pid at its root, and shared ids keep their pids inside.
    for (const alt of alts) {
      expect(alt.content.attrs?.pid).toBe(pids['a-approval']);
      expect(alt.content.content?.[1]?.attrs?.pid).toBe(pids['p-approval-1']);
    }
    const court = alts[1]?.content;
    const ownPid = court?.content?.[2]?.attrs?.pid;
    expect(isPid(ownPid)).toBe(true);
    expect(xrefTargets(court as BillJSON)).toEqual([ownPid]);
  });

  it('lets a deterministic pid generator be injected', () => {
    let n = 0;
    const { json } = instantiateTemplate(template, { newPid: () => `pid-${++n}` });
    expect(pidsOf(json)).toEqual(Array.from({ length: 12 }, (_, i) => `pid-${i + 1}`));
  });
});

describe('applyAlternative [R-TPL-03]', () => {
  const template = validateTemplate(minimalTemplate(), 'mini.ja.json');

  it('swaps the provision, keeps its pid, and references into it survive', () => {
    const { json, alternatives, pids } = instantiateTemplate(template);
    const pid = pids['a-approval'] ?? '';
    const court = alternatives[pid]?.[1];
    if (!court) throw new Error('no court variant');
    const swapped = applyAlternative(json, pid, court);
    const text = billToText(swapped, 'ja');
    expect(text).toContain('（許可）\n第二条　措置は、裁判官の許可を受けなければならない。');
    expect(text).toContain('２　裁判官は、第二条第二項により審査する。');
    expect(text).toContain('第二条第一項に違反した者は、罰金に処する。');
    expect(pidsOf(swapped)).toContain(pid);
    // Swapping back to the default restores the original bill exactly.
    const back = applyAlternative(swapped, pid, alternatives[pid]?.[0] as NonNullable<typeof court>);
    expect(back).toEqual(json);
  });

  it('refuses an alternative for another provision', () => {
    const { json, alternatives, pids } = instantiateTemplate(template);
    const alt = alternatives[pids['a-approval'] ?? '']?.[1];
    if (!alt) throw new Error('no variant');
    expect(() => applyAlternative(json, pids['a-purpose'] ?? '', alt)).toThrow(/is not for provision/);
  });
});
