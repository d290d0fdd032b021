import { EmptyState } from '../components/EmptyState';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { listPath } from '../router/routes';

/** Why a bill cannot be opened, with a way back and (when it may help) a retry. */
export function EditorError({
  message,
  heading,
  onRetry,
  testId = 'editor-error',
}: {
  message: string;
  heading?: string;
  onRetry?: () => void;
  testId?: string;
}) {
  const t = useT();
  return (
    <div className="editor-error" data-testid={testId}>
      <EmptyState icon="alert" title={heading ?? t('editor.errorHeading')}>
        <p>{message}</p>
        <div className="form-actions form-actions--center">
          <Link href={listPath} className={onRetry ? 'btn' : 'btn btn--primary'} data-testid="back-to-list">
            {t('notFound.back')}
          </Link>
          {onRetry && (
            <button type="button" className="btn btn--primary" onClick={onRetry}>
              {t('common.retry')}
            </button>
          )}
        </div>
      </EmptyState>
    </div>
  );
}
