import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import { Icon } from '../../components/Icon';
import { usePopover } from '../../components/usePopover';
import { useT } from '../../i18n/useT';
import { citablesOf } from '../xref/citablesOf';
import { searchProvisions } from '../xref/searchProvisions';
import { useScrollIntoViewWhen } from '../outline/useScrollIntoViewWhen';

const MAX_RESULTS = 60;

/**
 * Inserts a cross-reference: find a provision by number (5, 第五条, Article 5, 5(2)), citation, caption or
 * words; arrows move, Enter inserts. The reference follows renumbering.
 */
export function XrefPicker({ editor, enabled, lang }: { editor: Editor; enabled: boolean; lang: BillLang }) {
  const t = useT();
  const { open, toggle, close, containerRef, id } = usePopover();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  // The list is read when the picker opens (and as the query changes); the document does not move meanwhile.
  const citables = useMemo(() => (open ? citablesOf(editor.state, lang) : []), [open, editor, lang]);
  const options = useMemo(() => searchProvisions(query, citables, MAX_RESULTS), [query, citables]);
  const current = Math.min(active, Math.max(options.length - 1, 0));
  useScrollIntoViewWhen(listRef, '[aria-selected=true]', current);

  const choose = (pid: string) => {
    editor.chain().focus().insertXref(pid).run();
    setQuery('');
    setActive(0);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown') setActive(current >= last ? 0 : current + 1);
    else if (event.key === 'ArrowUp') setActive(current <= 0 ? last : current - 1);
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(last);
    else if (event.key === 'Enter') {
      const option = options[current];
      if (option) choose(option.num.pid);
    } else return;
    event.preventDefault();
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="popover-anchor" ref={containerRef}>
      <button
        type="button"
        className="tool-btn"
        data-testid="cmd-xref"
        aria-label={t('cmd.xref')}
        title={t('cmd.xref.hint')}
        aria-expanded={open}
        aria-controls={id}
        disabled={!enabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={toggle}
      >
        <Icon name="link" size={17} />
        <span className="tool-btn__label">{t('cmd.xref')}</span>
      </button>
      {open && (
        <div
          id={id}
          className="popover popover--end xref-picker"
          role="dialog"
          aria-label={t('xref.heading')}
          data-testid="xref-picker"
        >
          <h2 className="popover__title">{t('xref.heading')}</h2>
          <input
            className="input"
            autoFocus
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={options.length ? optionId(current) : undefined}
            data-testid="xref-search"
            value={query}
            placeholder={t('xref.filter')}
            aria-label={t('xref.filter')}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul
            id={`${id}-list`}
            ref={listRef}
            className="xref-picker__list"
            role="listbox"
            aria-label={t('xref.heading')}
          >
            {options.map(({ num, text }, i) => (
              <li
                key={num.pid}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                className="xref-picker__option"
                data-testid="xref-option"
                data-pid={num.pid}
                data-cite={num.cite}
                onMouseMove={() => i !== current && setActive(i)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(num.pid)}
              >
                <span className="xref-picker__cite" lang={lang}>
                  {num.cite}
                  {num.type === 'article' && num.heading && (
                    <span className="xref-picker__caption">
                      {lang === 'ja' ? `（${num.heading}）` : ` (${num.heading})`}
                    </span>
                  )}
                </span>
                {(text || (num.type !== 'article' && num.heading)) && (
                  <span className="xref-picker__preview" lang={lang}>
                    {text || num.heading}
                  </span>
                )}
              </li>
            ))}
            {options.length === 0 && (
              <li className="xref-picker__empty" role="presentation">
                {t('xref.empty')}
              </li>
            )}
          </ul>
          <p className="popover__hint">{t('xref.hint')}</p>
        </div>
      )}
    </div>
  );
}
