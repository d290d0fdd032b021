import { useT } from '../../i18n/useT';

/** A folded run of unchanged lines; clicking shows them. */
export function GapButton({ count, onExpand }: { count: number; onExpand(): void }) {
  const t = useT();
  return (
    <button type="button" className="diff-gap" data-testid="diff-gap" onClick={onExpand}>
      <span aria-hidden="true">⋯</span>
      {t('compare.gap', { count })}
    </button>
  );
}
