import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';

/** The editor header's button that opens and closes the version history. */
export function HistoryButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="header-btn"
      data-testid="open-history"
      aria-expanded={open}
      title={t('versions.heading')}
      onClick={onToggle}
    >
      <Icon name="versions" size={16} />
      <span className="header-btn__label">{t('versions.open')}</span>
    </button>
  );
}
