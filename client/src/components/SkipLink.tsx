import { useT } from '../i18n/useT';

/** First focusable element: jumps keyboard users past the header. */
export function SkipLink({ target = 'main' }: { target?: string }) {
  const t = useT();
  return (
    <a className="skip-link" href={`#${target}`}>
      {t('app.skipToContent')}
    </a>
  );
}
