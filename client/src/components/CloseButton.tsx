import { useT } from '../i18n/useT';
import { Icon } from './Icon';

interface CloseButtonProps {
  onClick(): void;
  testId?: string;
  /** Icon size in px: 16 in dialog and panel heads, 14 in notices. */
  size?: number;
}

/** The × that closes a dialog, panel or notice, labelled "Close"/「閉じる」 for screen readers. */
export function CloseButton({ onClick, testId, size = 14 }: CloseButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="icon-btn"
      aria-label={t('common.close')}
      title={t('common.close')}
      data-testid={testId}
      onClick={onClick}
    >
      <Icon name="close" size={size} />
    </button>
  );
}
