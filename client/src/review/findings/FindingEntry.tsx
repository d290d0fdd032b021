import type { BillLang } from '../../../../core/bill';
import type { ListedFinding } from '../../editor/findings/findingsState';
import { SeverityIcon } from '../../editor/findings/SeverityIcon';
import { useT } from '../../i18n/useT';
import { WaivedNote } from '../waivers/WaivedNote';

interface FindingEntryProps {
  finding: ListedFinding;
  cites: Readonly<Record<string, string>>;
  billLang: BillLang;
  /** Its card is the one shown in the text. */
  current: boolean;
  onJump(key: string): void;
  onGoTo(pid: string): void;
}

/** One finding in the panel: activating it selects the flagged words in the text and shows the card. */
export function FindingEntry({ finding: f, cites, billLang, current, onJump, onGoTo }: FindingEntryProps) {
  const t = useT();
  const addressed = f.status === 'addressed';
  const waived = f.status === 'waived';
  const cite = cites[f.pid] || t('findings.unnumbered');
  return (
    <li className="finding-item">
      <button
        type="button"
        className={`finding-entry finding-entry--${f.category} finding-entry--${f.severity}${addressed ? ' is-addressed' : ''}${waived ? ' is-waived' : ''}`}
        data-testid="finding-entry"
        data-key={f.key}
        data-pid={f.pid}
        data-rule-id={f.ruleId}
        data-category={f.category}
        data-severity={f.severity}
        data-status={f.status}
        aria-current={current ? 'true' : undefined}
        onClick={() => onJump(f.key)}
      >
        <SeverityIcon kind={addressed ? 'addressed' : f.severity} size={15} />
        <span className="finding-entry__body">
          <span className="visually-hidden">
            {addressed ? t('findings.addressedHeading') : t(`severity.${f.severity}`)}
            {waived && `, ${t('findings.waivedHeading')}`}
            {', '}
          </span>
          <span className="finding-entry__where">
            <span className="finding-entry__cite">{cite}</span>
            {f.quote && (
              <q className="finding-entry__quote" lang={billLang}>
                {f.quote}
              </q>
            )}
          </span>
          <span className="finding-entry__message" lang={billLang}>
            {f.message}
          </span>
        </span>
      </button>
      <WaivedNote pid={f.pid} ruleId={f.ruleId} />
      {!!f.related?.length && (
        <p className="finding-entry__related">
          <span>{t(addressed ? 'findings.satisfiedBy' : 'findings.alsoAt')}</span>
          {f.related.map((pid) => (
            <button
              key={pid}
              type="button"
              className="link-btn"
              data-testid="finding-related"
              aria-label={t('findings.goTo', { provision: cites[pid] || t('findings.unnumbered') })}
              onClick={() => onGoTo(pid)}
            >
              {cites[pid] || t('findings.unnumbered')}
            </button>
          ))}
        </p>
      )}
    </li>
  );
}
