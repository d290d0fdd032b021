import { useId, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';
import type { SidePanelTab } from './SidePanelTab';
import { useSidePanelState } from './useSidePanelState';

const noop = () => {};

interface SidePanelProps {
  tabs: readonly SidePanelTab[];
  editor: Editor;
  billId: string;
  lang: BillLang;
  editable: boolean;
}

/**
 * The editor's right-hand dock: a rail of tab buttons and, when one is open, the panel it renders into.
 * Every tab component stays mounted (it may keep data and editor decorations alive) and portals its body
 * into the panel while it is the open tab.
 */
export function SidePanel({ tabs, editor, billId, lang, editable }: SidePanelProps) {
  const t = useT();
  const id = useId();
  const { active, select, toggle } = useSidePanelState(tabs.map((tab) => tab.id));
  const [body, setBody] = useState<HTMLElement | null>(null);
  const current = tabs.find((tab) => tab.id === active) ?? null;
  // One stable opener per tab, so tabs can hand it to editor plugins without re-registering them.
  const openers = useMemo(() => new Map(tabs.map((tab) => [tab.id, () => select(tab.id)])), [tabs, select]);

  return (
    <div className={`side-dock${current ? ' side-dock--open' : ''}`}>
      {current && (
        <aside
          id={`${id}-panel`}
          className="side-panel"
          data-testid="side-panel"
          data-tab={current.id}
          aria-labelledby={`${id}-title`}
        >
          <div className="side-panel__header">
            <h2 id={`${id}-title`} className="side-panel__title">
              <Icon name={current.icon} size={15} />
              {t(current.label)}
            </h2>
            <button
              type="button"
              className="icon-btn side-panel__close"
              aria-label={t('sidePanel.close')}
              title={t('sidePanel.close')}
              data-testid="side-panel-close"
              onClick={() => select(null)}
            >
              <Icon name="close" size={16} />
            </button>
          </div>
          <div className="side-panel__body" ref={setBody} />
        </aside>
      )}
      <div className="side-rail" role="toolbar" aria-orientation="vertical" aria-label={t('sidePanel.label')}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            className="side-rail__btn"
            data-testid={tab.toggleTestId}
            aria-pressed={tab.id === active}
            aria-controls={tab.id === active ? `${id}-panel` : undefined}
            title={t(tab.label)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => toggle(tab.id)}
          >
            <Icon name={tab.icon} size={18} />
            <span className="side-rail__label">{t(tab.label)}</span>
          </button>
        ))}
      </div>
      {tabs.map(({ id: tabId, Component }) => (
        <Component
          key={tabId}
          editor={editor}
          billId={billId}
          lang={lang}
          editable={editable}
          panel={tabId === active ? body : null}
          open={openers.get(tabId) ?? noop}
        />
      ))}
    </div>
  );
}
