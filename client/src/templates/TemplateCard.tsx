import type { TemplateSummary } from '../../../core/templates/types';
import { LangBadge } from '../components/LangBadge';
import { useT } from '../i18n/useT';
import { headingOutline, outlineCounts } from './headingOutline';
import { measureLabel } from './measureLabel';

const CARD_LINES = 7;

/** One template in the picker: title, measure, description and the outline of the bill it makes. */
export function TemplateCard({
  template,
  selected,
  disabled,
  onSelect,
}: {
  template: TemplateSummary;
  selected: boolean;
  disabled: boolean;
  onSelect(): void;
}) {
  const t = useT();
  const lines = headingOutline(template.outline, template.lang);
  const shown = lines.slice(0, CARD_LINES);
  const counts = outlineCounts(template.outline);
  return (
    <button
      type="button"
      className="template-card"
      data-testid="template-card"
      data-template-id={template.id}
      aria-pressed={selected}
      disabled={disabled}
      onClick={onSelect}
    >
      <span className="template-card__head">
        <span className={`measure-badge measure-badge--${String(template.measure)}`}>
          {t(measureLabel(template.measure))}
        </span>
        <LangBadge lang={template.lang} />
      </span>
      <span className="template-card__title" lang={template.lang}>
        {template.title}
      </span>
      <span className="template-card__desc" lang={template.lang}>
        {template.description}
      </span>
      <span className="template-card__counts">
        {t('templates.counts', { chapters: counts.chapters, articles: counts.articles })}
      </span>
      <span className="template-card__outline" lang={template.lang} data-testid="template-outline">
        {shown.map((line) => (
          <span
            key={line.pid}
            className={`template-card__line template-card__line--${line.type}`}
            style={{ paddingInlineStart: `${line.depth * 12}px` }}
          >
            {line.text}
          </span>
        ))}
        {lines.length > shown.length && (
          <span className="template-card__more">
            {t('templates.moreLines', { count: lines.length - shown.length })}
          </span>
        )}
      </span>
    </button>
  );
}
