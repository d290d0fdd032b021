// The one table of keyboard shortcuts: BillCommands binds these keys, tooltips and the help popover print them.

export const shortcuts = {
  insertArticleAfter: 'Mod-Enter',
  insertArticleBefore: 'Mod-Shift-Enter',
  insertParagraph: 'Mod-Alt-p',
  insertItem: 'Mod-Alt-i',
  insertSubitem: 'Mod-Alt-s',
  insertChapter: 'Mod-Alt-c',
  moveProvisionUp: 'Alt-ArrowUp',
  moveProvisionDown: 'Alt-ArrowDown',
  deleteProvision: 'Mod-Shift-Backspace',
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
  comment: 'Mod-Alt-m',
} as const;

export type ShortcutId = keyof typeof shortcuts;

const macSymbols: Record<string, string> = {
  Mod: '⌘',
  Ctrl: '⌃',
  Alt: '⌥',
  Shift: '⇧',
  Enter: '↩',
  Backspace: '⌫',
  ArrowUp: '↑',
  ArrowDown: '↓',
};
const pcNames: Record<string, string> = { Mod: 'Ctrl', ArrowUp: '↑', ArrowDown: '↓' };
const macOrder = ['Ctrl', 'Alt', 'Shift', 'Mod'];

/** A ProseMirror key name for people: `Mod-Shift-Enter` → `⇧⌘↩` on a Mac, `Ctrl+Shift+Enter` elsewhere. */
export function formatShortcut(keys: string, mac: boolean): string {
  const parts = keys.split('-');
  const key = parts.pop() ?? '';
  const keyLabel = key.length === 1 ? key.toUpperCase() : key;
  if (mac) {
    const mods = [...parts].sort((a, b) => macOrder.indexOf(a) - macOrder.indexOf(b));
    return [...mods, keyLabel].map((p) => macSymbols[p] ?? p).join('');
  }
  return [...parts, keyLabel].map((p) => pcNames[p] ?? p).join('+');
}

/** True on Apple platforms, where Mod is ⌘. */
export function isMacPlatform(nav: Pick<Navigator, 'userAgent'> = navigator): boolean {
  return /Mac|iPhone|iPad|iPod/.test(nav.userAgent);
}
