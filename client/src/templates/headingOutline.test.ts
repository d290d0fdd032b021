import { describe, expect, it } from 'vitest';
import { billOutline } from '../../../core/bill';
import { instantiateTemplate, validateTemplate } from '../../../core/templates';
import measure2ja from '../../../templates/measure2.ja.json';
import measure2en from '../../../templates/measure2.en.json';
import { headingOutline, outlineCounts } from './headingOutline';

describe('headingOutline', () => {
  it('prints chapters, sections and articles as the statute does, skipping paragraphs and items', () => {
    const template = validateTemplate(measure2ja, 'measure2.ja.json');
    const outline = billOutline(instantiateTemplate(template).json, 'ja');
    const lines = headingOutline(outline, 'ja');
    expect(lines.slice(0, 3).map((l) => [l.text, l.depth])).toEqual([
      ['第一章　総則', 0],
      ['第一条（目的）', 1],
      ['第二条（定義）', 1],
    ]);
    expect(lines.every((l) => ['chapter', 'section', 'article', 'supplProvision'].includes(l.type))).toBe(true);
    expect(lines.some((l) => l.text === '附則')).toBe(true);
    const counts = outlineCounts(outline);
    expect(counts.chapters).toBeGreaterThan(3);
    expect(counts.articles).toBe(lines.filter((l) => l.type === 'article').length);
  });

  it('uses the English style for English templates', () => {
    const template = validateTemplate(measure2en, 'measure2.en.json');
    const lines = headingOutline(billOutline(instantiateTemplate(template).json, 'en'), 'en');
    expect(lines[0]?.text).toMatch(/^Chapter 1 /);
    expect(lines[1]?.text).toMatch(/^Article 1 \(.+\)$/);
  });
});
