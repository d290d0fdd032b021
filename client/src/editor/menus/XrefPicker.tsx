import { useState } from 'react';
import type { Editor } from '@tiptap/react';
import { Icon } from '../../components/Icon';
import { usePopover } from '../../components/usePopover';
import { useT } from '../../i18n/useT';
import { getNumbering } from '../extensions/Numbering';

const citable = new Set(['article', 'paragraph', 'item', 'subitem']);
const MAX_RESULTS = 60;

/** Inserts a cross-reference: pick a provision by its citation or words; the reference follows renumbering. */
export function XrefPicker({ editor, enabled }: { editor: Editor; enabled: boolean }) {
  const t = useT();
  const { open, toggle, close, containerRef, id } = usePopover();
  const [query, setQuery] = useState('');

  const q = query.trim().toLowerCase();
  // A lone paragraph cites as its article (第一条): offer the article only.
  const options = open
    ? (getNumbering(editor.state)?.provisions ?? [])
        .filter(({ num }, i, all) => citable.has(num.type) && num.cite !== all[i - 1]?.num.cite)
        .filter(
          ({ num, preview }) =>
            !q ||
            num.cite.toLowerCase().includes(q) ||
            preview.toLowerCase().includes(q) ||
            num.heading.toLowerCase().includes(q),
        )
        .slice(0, MAX_RESULTS)
    : [];

  const choose = (pid: string) => {
    editor.chain().focus().insertXref(pid).run();
    setQuery('');
    close();
  };

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
        >
          <h2 className="popover__title">{t('xref.heading')}</h2>
          <input
            className="input"
            autoFocus
            value={query}
            placeholder={t('xref.filter')}
            aria-label={t('xref.filter')}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ul className="xref-picker__list" role="listbox" aria-label={t('xref.heading')}>
            {options.map(({ num, preview }) => (
              <li key={num.pid} role="option" aria-selected={false}>
                <button type="button" className="xref-picker__option" onClick={() => choose(num.pid)}>
                  <span className="xref-picker__cite">{num.cite}</span>
                  <span className="xref-picker__preview">{num.heading || preview}</span>
                </button>
              </li>
            ))}
            {options.length === 0 && <li className="xref-picker__empty">{t('xref.empty')}</li>}
          </ul>
          <p className="popover__hint">{t('xref.hint')}</p>
        </div>
      )}
    </div>
  );
}
