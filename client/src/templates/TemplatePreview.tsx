import type { TemplateSummary } from '../../../core/templates/types';
import { useT } from '../i18n/useT';
import { headingOutline } from './headingOutline';
import { useTemplateDetail } from './useTemplateDetail';

/** The chosen template in full: its complete outline, and how much guidance and how many alternatives it brings. */
export function TemplatePreview({ template }: { template: TemplateSummary }) {
  const t = useT();
  const detail = useTemplateDetail(template.id);
  const lines = headingOutline(template.outline, template.lang);
  const notes = detail ? Object.keys(detail.guidance).length : null;
  const alternatives = detail ? Object.keys(detail.alternatives).length : null;
  return (
    <section className="template-preview" data-testid="template-preview" aria-labelledby="template-preview-title">
      <div className="template-preview__head">
        <h3 id="template-preview-title" className="template-preview__title">
          {t('templates.previewHeading')}
        </h3>
        <p className="template-preview__bill-title" lang={template.lang}>
          {template.billTitle}
        </p>
        {notes !== null && alternatives !== null && (
          <p className="template-preview__facts" data-testid="template-preview-facts">
            {t('templates.previewFacts', { notes, alternatives })}
          </p>
        )}
      </div>
      <ol className="template-preview__outline" lang={template.lang}>
        {lines.map((line) => (
          <li
            key={line.pid}
            className={`template-preview__line template-preview__line--${line.type}`}
            style={{ paddingInlineStart: `${line.depth * 14}px` }}
          >
            {line.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
