// Cross-references as links: a tooltip in the interface language (what it points at, or why it is
// broken), click to go to the target, and a brief highlight of the provision one lands on.
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { getNumbering, type NumberingState } from '../extensions/Numbering';

export interface XrefNavigationOptions {
  /** Tooltip of a live reference. */
  followTitle(cite: string): string;
  /** Tooltip of a reference whose target was deleted. */
  brokenTitle: string;
  /** Called when a live reference is clicked. */
  follow(pid: string): void;
}

interface FlashState {
  pid: string | null;
}

export const xrefNavigationKey = new PluginKey<FlashState>('billXrefNavigation');

const FLASH_MS = 1600;

/** Highlights the provision `pid` for a moment (no-op without the plugin). */
export function flashMeta(pid: string | null): [PluginKey<FlashState>, FlashState] {
  return [xrefNavigationKey, { pid }];
}

function build(state: EditorState, numbering: NumberingState, flash: string | null, options: XrefNavigationOptions) {
  const decorations: Decoration[] = [];
  for (const x of numbering.xrefs) {
    decorations.push(
      Decoration.node(x.from, x.to, {
        title: x.broken ? options.brokenTitle : options.followTitle(x.cite),
        'aria-invalid': x.broken ? 'true' : 'false',
      }),
    );
  }
  if (flash) {
    const target = numbering.provisions.find((p) => p.num.pid === flash);
    const node = target ? state.doc.nodeAt(target.pos) : null;
    if (target && node) decorations.push(Decoration.node(target.pos, target.pos + node.nodeSize, { class: 'is-flash' }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/** The plugin; register it with editor.registerPlugin (useXrefNavigation does). */
export function xrefNavigationPlugin(options: XrefNavigationOptions): Plugin<FlashState> {
  let cache: { numbering: NumberingState; flash: string | null; set: DecorationSet } | null = null;
  return new Plugin<FlashState>({
    key: xrefNavigationKey,
    state: {
      init: () => ({ pid: null }),
      apply: (tr, value) => (tr.getMeta(xrefNavigationKey) as FlashState | undefined) ?? value,
    },
    props: {
      decorations(state) {
        const numbering = getNumbering(state);
        if (!numbering) return DecorationSet.empty;
        const flash = xrefNavigationKey.getState(state)?.pid ?? null;
        if (cache?.numbering !== numbering || cache.flash !== flash)
          cache = { numbering, flash, set: build(state, numbering, flash, options) };
        return cache.set;
      },
      handleClickOn(view, _pos, node, _nodePos, event, direct) {
        if (!direct || node.type.name !== 'xref' || event.button !== 0) return false;
        const target = node.attrs.target as unknown;
        // A broken reference selects as usual, so it can be deleted or replaced.
        if (typeof target !== 'string' || !getNumbering(view.state)?.numbers.has(target)) return false;
        options.follow(target);
        return true;
      },
    },
    view() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      return {
        update(view) {
          const flash = xrefNavigationKey.getState(view.state)?.pid ?? null;
          if (!flash || timer) return;
          timer = setTimeout(() => {
            timer = undefined;
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(...flashMeta(null)));
          }, FLASH_MS);
        },
        destroy() {
          clearTimeout(timer);
        },
      };
    },
  });
}
