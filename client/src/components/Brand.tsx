import { Link } from '../router/Link';
import { listPath } from '../router/routes';
import { useT } from '../i18n/useT';

/** The product mark and name, linking home. */
export function Brand({ compact = false }: { compact?: boolean }) {
  const t = useT();
  return (
    <Link href={listPath} className="brand" aria-label={compact ? t('app.name') : undefined}>
      <svg className="brand__mark" viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path
          d="M10 8h8.5a4.5 4.5 0 0 1 0 9H10zM10 17h9.5a5 5 0 0 1 0 10H10z"
          fill="none"
          stroke="#fff"
          strokeWidth="2.4"
          strokeLinejoin="round"
        />
      </svg>
      {!compact && <span className="brand__name">{t('app.name')}</span>}
    </Link>
  );
}
