import type { StringKey } from '../../i18n/strings';
import { useT } from '../../i18n/useT';
import type { DiffLine } from './diffLines';

/** What kind of change a stop is, for the outline. */
function stopKind(line: DiffLine): 'added' | 'deleted' | 'moved' | 'modified' {
  if (line.status === 'added' || line.status === 'deleted' || line.status === 'moved') return line.status;
  return 'modified';
}

const kindLabel: Record<ReturnType<typeof stopKind>, StringKey> = {
  added: 'compare.added',
  deleted: 'compare.deleted',
  moved: 'compare.moved',
  modified: 'compare.modified',
};

interface ChangeOutlineProps {
  stops: readonly DiffLine[];
  renumbered: readonly DiffLine[];
  current: number;
  billLang: string;
  onGo(index: number): void;
}

/** The changed provisions, in order: click one to go to it. Renumbered-only provisions are listed apart. */
export function ChangeOutline({ stops, renumbered, current, billLang, onGo }: ChangeOutlineProps) {
  const t = useT();
  const citeOf = (line: DiffLine) =>
    line.kind === 'billTitle'
      ? t('compare.billTitle')
      : (line.new?.cite ?? line.old?.cite ?? '') || t('compare.billTitle');
  return (
    <nav
      className="outline change-outline"
      aria-label={t('compare.outlineLabel')}
      data-testid="change-outline"
    >
      <h2 className="outline__heading">{t('compare.outlineHeading', { count: stops.length })}</h2>
      {stops.length === 0 ? (
        <p className="outline__empty">{t('compare.outlineEmpty')}</p>
      ) : (
        <ol className="outline__list">
          {stops.map((line, i) => {
            const kind = stopKind(line);
            return (
              <li key={line.key} className="outline__item">
                <button
                  type="button"
                  className="outline__entry change-entry"
                  data-testid="change-entry"
                  data-kind={kind}
                  aria-current={i === current ? 'location' : undefined}
                  onClick={() => onGo(i)}
                >
                  <span className={`change-dot change-dot--${kind}`} aria-hidden="true" />
                  <span className="outline__label" lang={billLang}>
                    {citeOf(line)}
                  </span>
                  <span className="outline__text">{t(kindLabel[kind])}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {renumbered.length > 0 && (
        <details className="change-outline__renumbered">
          <summary>{t('compare.renumberedList', { count: renumbered.length })}</summary>
          <ul lang={billLang}>
            {renumbered.map((line) => (
              <li key={line.key}>
                {line.renumbered?.from || '—'} → {line.renumbered?.to || '—'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </nav>
  );
}
