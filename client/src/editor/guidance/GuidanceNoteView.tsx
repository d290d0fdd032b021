import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import type { GuidanceNote } from '../../../../core/templates/types';
import { useT } from '../../i18n/useT';
import { ProvisionLink } from './ProvisionLink';
import type { Related } from './relatedProvisions';

/** One note: why the provision is there, what to decide, the safeguards it carries, what it is linked with. */
export function GuidanceNoteView({
  editor,
  note,
  related,
  lang,
}: {
  editor: Editor;
  note: GuidanceNote | undefined;
  related: Related;
  lang: BillLang;
}) {
  const t = useT();
  const links = (list: Related['cites']) => (
    <ul className="guidance__links">
      {list.map((r) => (
        <li key={r.pid}>
          {r.cite ? (
            <ProvisionLink editor={editor} pid={r.pid} cite={r.cite} lang={lang} />
          ) : (
            <span className="guidance__broken">{t('guidance.brokenLink')}</span>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {note && (
        <>
          <section className="guidance__section" data-testid="guidance-rationale">
            <h4 className="guidance__label">{t('guidance.rationale')}</h4>
            <p className="guidance__text" lang={lang}>
              {note.rationale}
            </p>
          </section>
          {note.decisions.length > 0 && (
            <section className="guidance__section" data-testid="guidance-decisions">
              <h4 className="guidance__label">{t('guidance.decisions')}</h4>
              <ul className="guidance__list guidance__list--decisions" lang={lang}>
                {note.decisions.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </section>
          )}
          {note.safeguards.length > 0 && (
            <section className="guidance__section" data-testid="guidance-safeguards">
              <h4 className="guidance__label">{t('guidance.safeguards')}</h4>
              <ul className="guidance__list guidance__list--safeguards" lang={lang}>
                {note.safeguards.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </section>
          )}
          {note.related && note.related.length > 0 && (
            <section className="guidance__section" data-testid="guidance-related-law">
              <h4 className="guidance__label">{t('guidance.relatedLaw')}</h4>
              <ul className="guidance__list" lang={lang}>
                {note.related.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {(related.cites.length > 0 || related.citedBy.length > 0) && (
        <section className="guidance__section" data-testid="guidance-related">
          <h4 className="guidance__label">{t('guidance.related')}</h4>
          {related.cites.length > 0 && (
            <div className="guidance__related">
              <span className="guidance__sublabel">{t('guidance.cites')}</span>
              {links(related.cites)}
            </div>
          )}
          {related.citedBy.length > 0 && (
            <div className="guidance__related">
              <span className="guidance__sublabel">{t('guidance.citedBy')}</span>
              {links(related.citedBy)}
            </div>
          )}
        </section>
      )}
    </>
  );
}
