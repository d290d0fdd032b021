import { useRef } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useT } from '../../i18n/useT';
import { getNumbering } from '../extensions/Numbering';
import type { OutlineEntry } from '../extensions/computeNumbering';
import { activeEntry } from './activeEntry';
import { focusProvision } from './focusProvision';
import { useScrollIntoViewWhen } from './useScrollIntoViewWhen';

const none: readonly OutlineEntry[] = [];

/** The bill's table of contents with live numbers; the provision holding the cursor is highlighted. */
export function OutlineSidebar({ editor, lang }: { editor: Editor; lang: 'ja' | 'en' }) {
  const t = useT();
  const { entries, activePid } = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const list = getNumbering(e.state)?.outline ?? none;
      return { entries: list, activePid: activeEntry(list, e.state.selection.from)?.pid ?? null };
    },
  });

  const navRef = useRef<HTMLElement>(null);
  useScrollIntoViewWhen(navRef, '[aria-current]', activePid);

  return (
    <nav ref={navRef} className="outline" aria-label={t('outline.label')} data-testid="outline">
      <h2 className="outline__heading">{t('outline.heading')}</h2>
      {entries.length === 0 ? (
        <p className="outline__empty">{t('outline.empty')}</p>
      ) : (
        <ol className="outline__list" lang={lang}>
          {entries.map((entry) => (
            <li
              key={entry.pid}
              className={`outline__item outline__item--${entry.type}`}
              style={{ paddingInlineStart: `${entry.depth * 14}px` }}
            >
              <button
                type="button"
                className="outline__entry"
                data-testid="outline-entry"
                data-pid={entry.pid}
                aria-current={entry.pid === activePid ? 'location' : undefined}
                onClick={() => focusProvision(editor, entry.pos)}
              >
                <span className="outline__label">{entry.label}</span>
                {entry.heading ? (
                  <span className="outline__text">
                    {entry.type === 'article'
                      ? lang === 'ja'
                        ? `（${entry.heading}）`
                        : `(${entry.heading})`
                      : entry.heading}
                  </span>
                ) : (
                  entry.preview && (
                    <span className="outline__text outline__text--preview">{entry.preview}</span>
                  )
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
