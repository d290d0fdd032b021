import { useEffect, useId, type RefObject } from 'react';
import type { BillLang } from '../../../../core/bill';
import { citationText, type RuleDescription } from '../../../../core/rules';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n/useI18n';
import type { ListedFinding } from './findingsState';
import { SeverityIcon } from './SeverityIcon';
import { WaiverSection } from '../../review/waivers/WaiverSection';

export interface FindingCardProps {
  finding: ListedFinding;
  description: RuleDescription | undefined;
  /** Citation of each provision the finding names (its own and related ones). */
  cites: Readonly<Record<string, string>>;
  /** The bill's language: rule texts are in it (citations follow the interface language). */
  billLang: BillLang;
  /** Shown only where the rule offers a clause and the user may edit. */
  onInsert?: () => void;
  onClose(): void;
  onGoTo(pid: string): void;
  /** Move keyboard focus into the card when it opens (keyboard shortcut). */
  autoFocus: boolean;
  cardRef: RefObject<HTMLDivElement | null>;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/**
 * One finding explained: message, why, the law, and the safeguard to add (with a button to add it). The
 * rule's texts are in the bill's language; its citations, a reference for the reader, in the interface's.
 */
export function FindingCard(props: FindingCardProps) {
  const { finding: f, description: d, cites, billLang, onInsert, onClose, onGoTo, autoFocus, cardRef } = props;
  const { t, lang: uiLang } = useI18n();
  const id = useId();
  const billLevel = f.category === 'safeguards';
  const addressed = f.status === 'addressed';

  useEffect(() => {
    if (autoFocus) cardRef.current?.focus();
  }, [autoFocus, f.key, cardRef]);

  return (
    <div
      ref={cardRef}
      role="dialog"
      aria-labelledby={`${id}-msg`}
      aria-describedby={`${id}-head`}
      tabIndex={-1}
      className={`finding-card finding-card--${f.category} finding-card--${f.severity}${addressed ? ' is-addressed' : ''}`}
      data-testid="finding-card"
      data-rule-id={f.ruleId}
      data-category={f.category}
      data-severity={f.severity}
      data-status={f.status}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div className="finding-card__head" id={`${id}-head`}>
        <span className={`finding-badge finding-badge--${addressed ? 'addressed' : f.severity}`}>
          <SeverityIcon kind={addressed ? 'addressed' : f.severity} size={13} />
          {addressed ? t('findings.addressedHeading') : t(`severity.${f.severity}`)}
        </span>
        <span className="finding-card__category">{t(`category.${f.category}`)}</span>
        <span className="finding-card__rule">{f.ruleId}</span>
        <button type="button" className="icon-btn finding-card__close" aria-label={t('common.close')} title={t('common.close')} onClick={onClose}>
          <Icon name="close" size={15} />
        </button>
      </div>
      <p className="finding-card__where">
        <span className="finding-card__cite">{cites[f.pid] || t('findings.unnumbered')}</span>
        {f.quote && (
          <q className="finding-card__quote" lang={billLang} aria-label={`${t('findings.flagged')}: ${f.quote}`}>
            {f.quote}
          </q>
        )}
      </p>
      <p className="finding-card__message" id={`${id}-msg`} lang={billLang}>
        {f.message}
      </p>
      {(addressed || billLevel) && (
        <p className="finding-card__note">
          {billLevel ? t(addressed ? 'findings.billLevelAddressed' : 'findings.billLevelNote') : t('findings.addressedNote')}
        </p>
      )}
      <WaiverSection finding={f} />
      {d?.rationale && (
        <section className="finding-card__section">
          <h3>{t('findings.rationale')}</h3>
          <p lang={billLang}>{d.rationale}</p>
        </section>
      )}
      <section className="finding-card__section">
        <h3>{t('findings.citations')}</h3>
        <ul className="finding-card__citations" lang={d ? uiLang : billLang}>
          {(d ? d.sources.map((c) => citationText(c, uiLang)) : [f.citation]).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      {!!f.related?.length && (
        <section className="finding-card__section">
          <h3>{t('findings.related')}</h3>
          <ul className="finding-card__related">
            {f.related.map((pid) => (
              <li key={pid}>
                <button type="button" className="link-btn" onClick={() => onGoTo(pid)}>
                  {cites[pid] || t('findings.unnumbered')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {f.suggestion && (
        <section className="finding-card__section finding-card__suggestion">
          <h3>{t('findings.suggestion')}</h3>
          <blockquote lang={billLang}>{f.suggestion}</blockquote>
          {onInsert && (
            <button
              type="button"
              className="btn btn--small btn--primary"
              data-testid="insert-suggestion"
              title={t('findings.insertHint')}
              onClick={onInsert}
            >
              <Icon name="plus" size={14} />
              {t('findings.insert')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
