import type { EditorView } from '@tiptap/pm/view';

/** The page the editor is printed on: overlays are drawn in it so they scroll with the text. */
export function pageOf(view: EditorView): HTMLElement | null {
  return view.dom.closest<HTMLElement>('.page') ?? view.dom.parentElement;
}

/**
 * Puts `el` (absolutely positioned inside the page) below the words [from, to) — or above their first
 * line with `above` — horizontally at the start of the words and never outside the page.
 */
export function placeInPage(view: EditorView, el: HTMLElement, from: number, to: number, above = false): void {
  const host = pageOf(view);
  if (!host) return;
  let start;
  let end;
  try {
    start = view.coordsAtPos(from);
    end = view.coordsAtPos(to);
  } catch {
    return;
  }
  const box = host.getBoundingClientRect();
  const top = above ? start.top - el.offsetHeight - 8 : Math.max(start.bottom, end.bottom) + 8;
  const anchorX = start.left - 12;
  el.style.top = `${top - box.top}px`;
  el.style.left = `${Math.max(8, Math.min(anchorX - box.left, box.width - el.offsetWidth - 8))}px`;
}
