import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../core/templates/types';
import { counterpartIn, filterTemplates, templateFamily } from './templateFilters';

const summary = (id: string, measure: TemplateSummary['measure']): TemplateSummary => ({
  id,
  measure,
  lang: id.endsWith('.ja') ? 'ja' : 'en',
  title: id,
  description: '',
  version: '1.0.0',
  billTitle: id,
  outline: [],
});

const all = [
  summary('measure1.en', 1),
  summary('measure1.ja', 1),
  summary('measure2.en', 2),
  summary('measure2.ja', 2),
  summary('omnibus.ja', 'omnibus'),
  summary('empty.ja', 'none'),
  summary('empty.en', 'none'),
];

describe('template picker filters', () => {
  it('filters by measure and language', () => {
    expect(filterTemplates(all, 'all', 'ja').map((t) => t.id)).toEqual([
      'measure1.ja',
      'measure2.ja',
      'omnibus.ja',
      'empty.ja',
    ]);
    expect(filterTemplates(all, 2, 'en').map((t) => t.id)).toEqual(['measure2.en']);
    expect(filterTemplates(all, 'none', 'ja').map((t) => t.id)).toEqual(['empty.ja']);
    expect(filterTemplates(all, 'omnibus', 'en')).toEqual([]);
  });

  it('follows a language change to the same template in the other language', () => {
    const m2 = all[3];
    if (!m2) throw new Error('fixture');
    expect(templateFamily(m2)).toBe('measure2');
    expect(counterpartIn(all, m2, 'en')?.id).toBe('measure2.en');
    expect(counterpartIn(all, m2, 'ja')?.id).toBe('measure2.ja');
    const omnibus = all[4];
    if (!omnibus) throw new Error('fixture');
    expect(counterpartIn(all, omnibus, 'en')).toBeNull();
  });
});
