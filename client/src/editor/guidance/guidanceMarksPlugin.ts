// Margin markers on the provisions that carry drafting guidance or clause alternatives. Widgets, not
// document content: nothing here reaches the Y.Doc.
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isProvisionType } from '../../../../core/bill';

export interface GuidanceMarksOptions {
  /** Pids with a guidance note. */
  notes: ReadonlySet<string>;
  /** Pid → how many alternative wordings the provision has. */
  alternatives: ReadonlyMap<string, number>;
  /** Tooltip and accessible name of a marker. */
  title(hasNote: boolean, alternatives: number): string;
  /** A marker was clicked. */
  activate(pid: string): void;
}

export const guidanceMarksKey = new PluginKey<DecorationSet>('billGuidanceMarks');

const SVG_NS = 'http://www.w3.org/2000/svg';
// The side panel's guidance icon (an open book), drawn small.
const BOOK = 'M2 4h6a4 4 0 0 1 4 4v13a3 3 0 0 0-3-3H2zM22 4h-6a4 4 0 0 0-4 4v13a3 3 0 0 1 3-3h7z';

function marker(pid: string, options: GuidanceMarksOptions): HTMLElement {
  const hasNote = options.notes.has(pid);
  const alternatives = options.alternatives.get(pid) ?? 0;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `bw-guidance-mark${alternatives ? ' has-alternatives' : ''}`;
  button.contentEditable = 'false';
  button.tabIndex = -1;
  button.dataset.testid = 'guidance-mark';
  button.dataset.pid = pid;
  button.title = options.title(hasNote, alternatives);
  button.setAttribute('aria-label', button.title);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', BOOK);
  svg.append(path);
  button.append(svg);
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.preventDefault();
    options.activate(pid);
  });
  return button;
}

function build(doc: PMNode, options: GuidanceMarksOptions): DecorationSet {
  const decorations: Decoration[] = [];
  const seen = new Set<string>();
  doc.descendants((node, pos) => {
    if (!isProvisionType(node.type.name)) return !node.isTextblock;
    const pid = node.attrs.pid as unknown;
    if (typeof pid === 'string' && !seen.has(pid) && (options.notes.has(pid) || options.alternatives.has(pid))) {
      seen.add(pid);
      decorations.push(
        Decoration.widget(pos + 1, () => marker(pid, options), {
          side: -1,
          key: `guidance-${pid}-${options.alternatives.get(pid) ?? 0}`,
          ignoreSelection: true,
          stopEvent: () => true,
        }),
      );
    }
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

/** The plugin; register it with editor.registerPlugin once the bill's guidance is loaded. */
export function guidanceMarksPlugin(options: GuidanceMarksOptions): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: guidanceMarksKey,
    state: {
      init: (_config, state) => build(state.doc, options),
      apply: (tr, previous) => (tr.docChanged ? build(tr.doc, options) : previous),
    },
    props: {
      decorations: (state) => guidanceMarksKey.getState(state),
    },
  });
}
