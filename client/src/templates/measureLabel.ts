import type { StringKey } from '../i18n/strings';
import type { MeasureFilter } from './templateFilters';

/** The string for a measure filter value or a template's measure. */
export function measureLabel(measure: MeasureFilter): StringKey {
  switch (measure) {
    case 'all':
      return 'templates.measure.all';
    case 1:
      return 'templates.measure.1';
    case 2:
      return 'templates.measure.2';
    case 3:
      return 'templates.measure.3';
    case 'omnibus':
      return 'templates.measure.omnibus';
    case 'none':
      return 'templates.measure.none';
  }
}
