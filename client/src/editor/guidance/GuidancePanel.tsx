import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import type { BillGuidance } from '../../../../core/templates/types';
import type { Resource } from '../../api/useResource';
import { Notice } from '../../components/Notice';
import { Spinner } from '../../components/Spinner';
import { describeError } from '../../i18n/describeError';
import { useT } from '../../i18n/useT';
import { AlternativesList } from './AlternativesList';
import { GuidanceNoteView } from './GuidanceNoteView';
import { ProvisionLink } from './ProvisionLink';
import { useGuidanceFocus } from './useGuidanceFocus';

interface GuidancePanelProps {
  editor: Editor;
  billId: string;
  resource: Resource<BillGuidance>;
  reload(): void;
  lang: BillLang;
  editable: boolean;
}

/** The guidance panel body: the note and alternatives of the provision at the cursor. */
export function GuidancePanel({ editor, billId, resource, reload, lang, editable }: GuidancePanelProps) {
  const t = useT();
  const guidance = resource.status === 'ready' ? resource.data : null;
  const focus = useGuidanceFocus(editor, guidance);

  if (resource.status === 'loading')
    return (
      <div className="guidance guidance--status" data-testid="guidance-panel" data-state="loading">
        <Spinner label={t('guidance.loading')} />
        <span>{t('guidance.loading')}</span>
      </div>
    );
  if (resource.status === 'error')
    return (
      <div className="guidance" data-testid="guidance-panel" data-state="error">
        <Notice
          action={
            <button type="button" className="btn btn--small" onClick={reload}>
              {t('common.retry')}
            </button>
          }
        >
          {t('guidance.loadError')} {describeError(resource.error, t)}
        </Notice>
      </div>
    );

  const hasAny = !!guidance && (Object.keys(guidance.guidance).length > 0 || Object.keys(guidance.alternatives).length > 0);
  if (!guidance || !hasAny)
    return (
      <div className="guidance" data-testid="guidance-panel" data-state="empty">
        <p className="guidance__hint">{t('guidance.noneForBill')}</p>
      </div>
    );

  const [shown, ...outer] = focus.chain;
  if (!shown)
    return (
      <div className="guidance" data-testid="guidance-panel" data-state="elsewhere">
        <p className="guidance__hint">{t('guidance.noneHere')}</p>
        <h4 className="guidance__label">{t('guidance.withGuidance')}</h4>
        <ul className="guidance__links guidance__links--all">
          {focus.all.map((p) => (
            <li key={p.pid}>
              <ProvisionLink editor={editor} pid={p.pid} cite={p.cite} heading={p.heading} lang={lang} />
            </li>
          ))}
        </ul>
      </div>
    );

  const note = guidance.guidance[shown.pid];
  const alternatives = guidance.alternatives[shown.pid];
  return (
    <div className="guidance" data-testid="guidance-panel" data-state="ready" data-pid={shown.pid}>
      <div className="guidance__provision">
        <span className="guidance__kicker">{t('guidance.for')}</span>
        <ProvisionLink
          editor={editor}
          pid={shown.pid}
          cite={shown.cite}
          heading={shown.type === 'article' ? shown.heading : undefined}
          lang={lang}
          testId="guidance-provision"
        />
      </div>
      <GuidanceNoteView editor={editor} note={note} related={focus.related} lang={lang} />
      {alternatives && alternatives.length > 0 && (
        <AlternativesList
          key={shown.pid}
          editor={editor}
          billId={billId}
          pid={shown.pid}
          label={shown.label}
          alternatives={alternatives}
          matched={focus.matched}
          lang={lang}
          editable={editable}
        />
      )}
      {outer.length > 0 && (
        <section className="guidance__section guidance__outer">
          <h4 className="guidance__label">{t('guidance.enclosing')}</h4>
          <ul className="guidance__links">
            {outer.map((p) => (
              <li key={p.pid}>
                <ProvisionLink
                  editor={editor}
                  pid={p.pid}
                  cite={p.cite}
                  heading={p.type === 'article' ? p.heading : undefined}
                  lang={lang}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
