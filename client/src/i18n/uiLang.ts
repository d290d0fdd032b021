// The interface language: chosen by the user, persisted, defaulting to the browser's preference.
// Independent of a bill's own language, which decides its numbering.
export type UiLang = 'ja' | 'en';

export const uiLangs = ['ja', 'en'] as const satisfies readonly UiLang[];

export const UI_LANG_KEY = 'billwright.uiLang';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** A stored choice wins; otherwise the first browser language that we speak; otherwise English. */
export function resolveUiLang(stored: string | null, preferred: readonly string[]): UiLang {
  if (stored === 'ja' || stored === 'en') return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}

/** The interface language for this browser. */
export function loadUiLang(
  store: KeyValueStore = localStorage,
  nav: Pick<Navigator, 'languages' | 'language'> = navigator,
): UiLang {
  const preferred = nav.languages.length ? nav.languages : [nav.language];
  return resolveUiLang(readSafely(store), preferred);
}

/** Remembers the interface language. */
export function saveUiLang(lang: UiLang, store: KeyValueStore = localStorage): void {
  try {
    store.setItem(UI_LANG_KEY, lang);
  } catch {
    // Private mode or a full quota: the choice lasts for this page only.
  }
}

function readSafely(store: KeyValueStore): string | null {
  try {
    return store.getItem(UI_LANG_KEY);
  } catch {
    return null;
  }
}
