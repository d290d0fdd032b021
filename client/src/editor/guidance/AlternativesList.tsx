import { useId, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import type { Alternative } from '../../../../core/templates/types';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { getNumbering } from '../extensions/Numbering';
import { SwapStatusView } from './SwapStatusView';
import { useAlternativeSwap } from './useAlternativeSwap';
import { wordingLines } from './wordingLines';

interface AlternativesListProps {
  editor: Editor;
  billId: string;
  pid: string;
  /** The provision's current label (第十条 …), to print each wording at its place. */
  label: string;
  alternatives: readonly Alternative[];
  /** The wording the provision has now; null when it was edited into none of them. */
  matched: string | null;
  lang: BillLang;
  editable: boolean;
}

/**
 * Choose-one wordings of a provision: which is in the bill, what each changes, and a one-step swap, taken
 * after the current text is kept as an automatic version (useAlternativeSwap).
 */
export function AlternativesList({ editor, billId, pid, label, alternatives, matched, lang, editable }: AlternativesListProps) {
  const t = useT();
  const headingId = useId();
  const [confirming, setConfirming] = useState<Alternative | null>(null);
  const swap = useAlternativeSwap(editor, billId, pid);
  const busy = swap.status.kind === 'keeping';

  const use = (alternative: Alternative) => {
    if (matched === null) setConfirming(alternative);
    else swap.choose(alternative);
  };

  return (
    <section className="guidance__section alternatives" data-testid="alternatives" data-edited={matched === null}>
      <h4 className="guidance__label">{t('alternatives.heading')}</h4>
      {matched === null && (
        <p className="alternatives__edited" data-testid="alternatives-edited">
          {t('alternatives.edited')}
        </p>
      )}
      <ul className="alternatives__list">
        {alternatives.map((alternative) => {
          const current = alternative.id === matched;
          return (
            <li
              key={alternative.id}
              className={`alternative${current ? ' alternative--current' : ''}`}
              data-testid="alternative-option"
              data-alternative-id={alternative.id}
              data-current={current}
            >
              <div className="alternative__head">
                <span className="alternative__label" lang={lang}>
                  {alternative.label}
                </span>
                {current && (
                  <span className="alternative__badge" data-testid="alternative-current">
                    {t('alternatives.current')}
                  </span>
                )}
                {alternative.isDefault && !current && (
                  <span className="alternative__badge alternative__badge--muted">{t('alternatives.default')}</span>
                )}
              </div>
              <p className="alternative__summary" lang={lang}>
                {alternative.summary}
              </p>
              <details className="alternative__wording">
                <summary>{t('alternatives.showWording')}</summary>
                <div className="alternative__text" lang={lang}>
                  {wordingLines(alternative.content, lang, getNumbering(editor.state)?.numbers ?? new Map(), label).map(
                    (line, i) => (
                      <p key={i}>{line}</p>
                    ),
                  )}
                </div>
              </details>
              {!current && editable && (
                <button
                  type="button"
                  className="btn btn--small alternative__use"
                  data-testid="use-alternative"
                  aria-disabled={busy}
                  onClick={() => {
                    if (!busy) use(alternative);
                  }}
                >
                  {t('alternatives.use')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <SwapStatusView swap={swap} />
      {!editable && <p className="guidance__hint">{t('alternatives.readOnly')}</p>}
      <Modal
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        labelledBy={headingId}
        className="modal--confirm"
        testId="alternative-confirm"
      >
        <h2 id={headingId} className="modal__title">
          {t('alternatives.confirmHeading')}
        </h2>
        <div className="modal__body">
          <p>{t('alternatives.confirmBody', { label: confirming?.label ?? '' })}</p>
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--ghost"
            autoFocus
            data-testid="alternative-confirm-cancel"
            onClick={() => setConfirming(null)}
          >
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn--danger"
            data-testid="alternative-confirm-ok"
            onClick={() => {
              if (confirming) swap.choose(confirming);
              setConfirming(null);
            }}
          >
            {t('alternatives.confirm')}
          </button>
        </div>
      </Modal>
    </section>
  );
}
