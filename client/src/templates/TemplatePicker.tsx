import { useState } from 'react';
import type { BillLang } from '../../../core/bill';
import type { TemplateSummary } from '../../../core/templates/types';
import { templatesApi } from '../api/templatesApi';
import { useResource } from '../api/useResource';
import { Notice } from '../components/Notice';
import { Spinner } from '../components/Spinner';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { measureLabel } from './measureLabel';
import { TemplateCard } from './TemplateCard';
import { TemplatePreview } from './TemplatePreview';
import { counterpartIn, filterTemplates, measureFilters, type MeasureFilter } from './templateFilters';

interface TemplatePickerProps {
  /** The drafting language: only templates written in it are offered. */
  lang: BillLang;
  selected: TemplateSummary | null;
  disabled: boolean;
  /** A template was chosen, or (null) the choice no longer fits the filters. */
  onSelect(template: TemplateSummary | null): void;
  onLangChange(lang: BillLang): void;
}

const endonyms: Record<BillLang, string> = { ja: '日本語', en: 'English' };

/** Template cards filtered by NSS measure and language, with a full preview of the chosen one. */
export function TemplatePicker({ lang, selected, disabled, onSelect, onLangChange }: TemplatePickerProps) {
  const t = useT();
  const { state, reload } = useResource(templatesApi.list);
  const [measure, setMeasure] = useState<MeasureFilter>('all');
  const templates = state.status === 'ready' ? state.data : [];
  const shown = filterTemplates(templates, measure, lang);

  const changeLang = (next: BillLang) => {
    onLangChange(next);
    if (!selected) return;
    const other = counterpartIn(templates, selected, next);
    onSelect(other && (measure === 'all' || other.measure === measure) ? other : null);
  };
  const changeMeasure = (next: MeasureFilter) => {
    setMeasure(next);
    if (selected && next !== 'all' && selected.measure !== next) onSelect(null);
  };

  const dataState = state.status === 'ready' && shown.length === 0 ? 'empty' : state.status;
  return (
    <div className="template-picker" data-testid="template-picker" data-state={dataState} aria-busy={state.status === 'loading'}>
      <div className="template-picker__filters">
        <div className="segmented" role="group" aria-label={t('templates.measureFilter')} data-testid="template-filter-measure">
          {measureFilters.map((m) => (
            <button
              key={String(m)}
              type="button"
              className="segmented__option"
              data-measure={String(m)}
              aria-pressed={m === measure}
              disabled={disabled}
              onClick={() => changeMeasure(m)}
            >
              {t(measureLabel(m))}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t('templates.langFilter')} data-testid="template-filter-lang">
          {(['ja', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              className="segmented__option"
              data-testid={`template-lang-${l}`}
              aria-pressed={l === lang}
              disabled={disabled}
              onClick={() => changeLang(l)}
            >
              {endonyms[l]}
            </button>
          ))}
        </div>
      </div>
      {state.status === 'loading' && (
        <div className="template-picker__status">
          <Spinner label={t('templates.loading')} />
          <span>{t('templates.loading')}</span>
        </div>
      )}
      {state.status === 'error' && (
        <Notice
          action={
            <button type="button" className="btn btn--small" onClick={reload}>
              {t('common.retry')}
            </button>
          }
        >
          {t('templates.loadError')} {describeError(state.error, t)}
        </Notice>
      )}
      {state.status === 'ready' && shown.length === 0 && (
        <p className="template-picker__status" data-testid="template-picker-empty">
          {templates.length === 0 ? t('templates.noneOnServer') : t('templates.noMatch')}
        </p>
      )}
      {shown.length > 0 && (
        <div className="template-picker__grid" role="group" aria-label={t('templates.heading')}>
          {shown.map((template) => (
            <TemplateCard
              key={template.id}
              template={template}
              selected={template.id === selected?.id}
              disabled={disabled}
              onSelect={() => onSelect(template)}
            />
          ))}
        </div>
      )}
      {selected && <TemplatePreview template={selected} />}
    </div>
  );
}
