// Numbers are derived from position, never stored (DESIGN.md §3). One walk serves ProseMirror nodes
// (editor decorations) and JSON (server, CLI, export) through a small adapter.
import type { BillJSON, BillLang, ProvisionNumber } from './types';
import { styleFor } from './styles';

/** Reads a tree of either ProseMirror nodes or JSON. */
export interface TreeAdapter<N> {
  type(node: N): string;
  attrs(node: N): Readonly<Record<string, unknown>>;
  children(node: N): readonly N[];
  text(node: N): string;
}

/** Adapter for ProseMirror/Tiptap JSON. */
export const jsonAdapter: TreeAdapter<BillJSON> = {
  type: (n) => n.type,
  attrs: (n) => n.attrs ?? {},
  children: (n) => n.content ?? [],
  text: (n) => jsonText(n),
};

function jsonText(n: BillJSON): string {
  if (n.type === 'text') return n.text ?? '';
  return (n.content ?? []).map(jsonText).join('');
}

type Visit<N> = (node: N, num: ProvisionNumber) => void;
type ArticleCounter = { base: number; branch: number };

/** Walks a bill in document order, deriving every provision's number; returns pid → number. */
export function deriveNumbers<N>(
  root: N,
  adapter: TreeAdapter<N>,
  lang: BillLang,
  visit?: Visit<N>,
): Map<string, ProvisionNumber> {
  const out = new Map<string, ProvisionNumber>();
  const style = styleFor(lang);
  const emit = (node: N, num: Omit<ProvisionNumber, 'pid'>) => {
    const pid = adapter.attrs(node).pid;
    const full = { ...num, pid: typeof pid === 'string' ? pid : '' };
    // A pid duplicated for a moment (concurrent moves) keeps its first position, as UniquePids does.
    if (full.pid && !out.has(full.pid)) out.set(full.pid, full);
    visit?.(node, full);
  };
  const heading = (node: N, childType: string) => {
    const child = adapter.children(node).find((c) => adapter.type(c) === childType);
    return child ? adapter.text(child) : '';
  };

  const numberSubitems = (parent: N, parentCite: string, depth: number) => {
    let k = 0;
    for (const child of adapter.children(parent)) {
      if (adapter.type(child) !== 'subitem') continue;
      k += 1;
      emit(child, { type: 'subitem', label: style.subitem(k), cite: style.subitemCite(parentCite, k), depth, heading: '' });
    }
  };
  const numberItems = (parent: N, parentCite: string, depth: number) => {
    let j = 0;
    for (const child of adapter.children(parent)) {
      if (adapter.type(child) !== 'item') continue;
      j += 1;
      const cite = style.itemCite(parentCite, j);
      emit(child, { type: 'item', label: style.item(j), cite, depth, heading: '' });
      numberSubitems(child, cite, depth + 1);
    }
  };
  const numberParagraphs = (parent: N, parentCite: string, depth: number, explicitFirst: boolean) => {
    const paragraphs = adapter.children(parent).filter((c) => adapter.type(c) === 'paragraph');
    paragraphs.forEach((p, i) => {
      const n = i + 1;
      const cite = style.paragraphCite(parentCite, n, paragraphs.length);
      emit(p, { type: 'paragraph', label: style.paragraph(n, paragraphs.length, explicitFirst), cite, depth, heading: '' });
      numberItems(p, cite, depth + 1);
    });
  };
  const numberArticle = (node: N, counter: ArticleCounter, depth: number, citePrefix: string) => {
    if (adapter.attrs(node).branch === true && counter.base > 0) {
      counter.branch = Math.max(counter.branch, 1) + 1;
    } else {
      counter.base += 1;
      counter.branch = 0;
    }
    const label = style.article(counter.base, counter.branch);
    const cite = citePrefix + label;
    emit(node, { type: 'article', label, cite, depth, heading: heading(node, 'articleCaption') });
    numberParagraphs(node, cite, depth + 1, false);
  };

  const main: ArticleCounter = { base: 0, branch: 0 };
  let chapterN = 0;
  for (const top of adapter.children(root)) {
    const type = adapter.type(top);
    if (type === 'article') numberArticle(top, main, 0, '');
    else if (type === 'chapter') {
      chapterN += 1;
      const label = style.chapter(chapterN);
      emit(top, { type: 'chapter', label, cite: label, depth: 0, heading: heading(top, 'chapterTitle') });
      let sectionN = 0;
      for (const child of adapter.children(top)) {
        const childType = adapter.type(child);
        if (childType === 'article') numberArticle(child, main, 1, '');
        else if (childType === 'section') {
          sectionN += 1;
          const sLabel = style.section(sectionN);
          emit(child, { type: 'section', label: sLabel, cite: label + style.citeJoin + sLabel, depth: 1, heading: heading(child, 'sectionTitle') });
          for (const a of adapter.children(child)) if (adapter.type(a) === 'article') numberArticle(a, main, 2, '');
        }
      }
    } else if (type === 'supplProvision') {
      const label = style.supplProvision;
      emit(top, { type: 'supplProvision', label, cite: label, depth: 0, heading: '' });
      const suppl: ArticleCounter = { base: 0, branch: 0 };
      const prefix = label + style.citeJoin;
      for (const child of adapter.children(top)) {
        if (adapter.type(child) === 'article') numberArticle(child, suppl, 1, prefix);
      }
      numberParagraphs(top, label, 1, true);
    }
  }
  return out;
}
