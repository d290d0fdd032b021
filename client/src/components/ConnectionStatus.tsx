import type { ConnectionState } from '../collab/connectionState';
import { closeMessage } from '../i18n/closeMessage';
import { formatClock } from '../i18n/formatDate';
import { useI18n } from '../i18n/useI18n';

/** Connecting / synced / offline / error, with the time of the last saved change. Announced politely. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t, lang } = useI18n();
  const { status, savedAt, closeCode } = state;
  const label = t(`status.${status}`);
  const detail =
    status === 'error' && closeCode !== null
      ? closeMessage(closeCode, t)
      : status === 'offline'
        ? t('status.offlineHint')
        : undefined;
  return (
    <div
      className={`conn-status conn-status--${status}`}
      data-testid="connection-status"
      data-state={status}
      role="status"
      aria-live="polite"
      title={detail}
    >
      <span className="conn-status__dot" aria-hidden="true" />
      <span className="conn-status__label">{label}</span>
      {savedAt !== null && (
        <span className="conn-status__saved" data-testid="saved-at">
          {t('status.saved', { time: formatClock(savedAt, lang) })}
        </span>
      )}
      {detail && <span className="visually-hidden">{detail}</span>}
    </div>
  );
}
