import { describe, expect, it } from 'vitest';
import type { BillTemplate, TemplateArticle, TemplateChapter } from './schema';
import { minimalTemplate } from '../../tests/fixtures/templates/minimalTemplate';
import { TemplateError } from './TemplateError';
import { validateTemplate } from './validateTemplate';

/** The issues a template raises, as "path: message" lines (empty when valid). */
function issuesOf(raw: unknown): string[] {
  try {
    validateTemplate(raw, 'broken.ja.json');
    return [];
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    expect(err.file).toBe('broken.ja.json');
    expect(err.message).toContain('broken.ja.json');
    return err.issues.map((i) => `${i.path}: ${i.message}`);
  }
}

const chapter = (t: BillTemplate, i: number) => t.bill.children[i] as TemplateChapter;
const article = (t: BillTemplate, c: number, a: number) => chapter(t, c).children[a] as TemplateArticle;

describe('validateTemplate [R-TPL-01]', () => {
  it('accepts a valid template and returns it typed', () => {
    const t = validateTemplate(minimalTemplate(), 'mini.ja.json');
    expect(t.id).toBe('mini.ja');
  });

  it('names missing metadata fields by path', () => {
    const raw: Record<string, unknown> = { ...minimalTemplate() };
    delete raw.version;
    delete raw.description;
    const issues = issuesOf(raw);
    expect(issues).toContainEqual(expect.stringMatching(/^version: missing required field/));
    expect(issues).toContainEqual(expect.stringMatching(/^description: missing required field/));
  });

  it('refuses a bad measure, language and unknown keys', () => {
    const issues = issuesOf({ ...minimalTemplate(), measure: 4, lang: 'fr', extra: true });
    expect(issues).toContainEqual(expect.stringMatching(/^measure: measure is 1, 2, 3/));
    expect(issues).toContainEqual(expect.stringMatching(/^lang: /));
    expect(issues).toContainEqual(': Unrecognized key: "extra"');
  });

  it('names an unknown node type with its path and what is allowed there', () => {
    const t = minimalTemplate();
    (chapter(t, 0).children as unknown[])[1] = { type: 'artcle', caption: 'x', children: [] };
    const issues = issuesOf(t);
    expect(issues).toEqual([
      expect.stringMatching(
        /^bill\.children\[0\]\.children\[1\]\.type: unknown or misplaced node type in a chapter \(allowed here: section, article\)/,
      ),
    ]);
  });

  it('refuses a node in the wrong place (an item directly in an article)', () => {
    const t = minimalTemplate();
    (article(t, 0, 0).children as unknown[]).push({ type: 'item', text: '一' });
    expect(issuesOf(t)).toEqual([
      expect.stringMatching(
        /^bill\.children\[0\]\.children\[0\]\.children\[1\]\.type: unknown or misplaced node type in an article \(allowed here: paragraph\)/,
      ),
    ]);
  });

  it('refuses an article without paragraphs and a malformed id', () => {
    const t = minimalTemplate();
    article(t, 0, 0).children = [];
    article(t, 0, 1).id = 'Bad Id';
    const issues = issuesOf(t);
    expect(issues).toContainEqual(
      expect.stringMatching(
        /^bill\.children\[0\]\.children\[0\]\.children: an article needs at least 1 child node/,
      ),
    );
    expect(issues).toContainEqual(
      expect.stringMatching(/^bill\.children\[0\]\.children\[1\]\.id: ids are lower-case/),
    );
  });

  it('refuses a dangling cross-reference, naming the exact segment', () => {
    const t = minimalTemplate();
    article(t, 1, 0).children[0]!.text = [{ type: 'xref', target: 'a-nowhere' }, 'に違反した者'];
    expect(issuesOf(t)).toEqual([
      'bill.children[1].children[0].children[0].text[0].target: cross-reference to unknown id "a-nowhere"',
    ]);
  });

  it('refuses a duplicate local id and says where it was first used', () => {
    const t = minimalTemplate();
    article(t, 1, 0).id = 'a-purpose';
    expect(issuesOf(t)).toEqual([
      'bill.children[1].children[0].id: duplicate id "a-purpose" (first used at bill.children[0].children[0])',
    ]);
  });

  describe('alternatives', () => {
    const alts = (t: BillTemplate) => article(t, 0, 1).alternatives ?? [];

    it('need exactly one default and a content for every other variant', () => {
      const t = minimalTemplate();
      delete alts(t)[0]!.default;
      delete alts(t)[1]!.content;
      const issues = issuesOf(t);
      expect(issues).toContainEqual(
        'bill.children[0].children[1].alternatives: exactly one variant must be "default": true (found 0)',
      );
      expect(issues).toContainEqual(
        'bill.children[0].children[1].alternatives[1].content: a non-default variant needs content (the full replacement provision)',
      );
    });

    it('must replace a provision with one of the same type', () => {
      const t = minimalTemplate();
      alts(t)[1]!.content = { type: 'paragraph', text: '段落' };
      expect(issuesOf(t)).toEqual([
        'bill.children[0].children[1].alternatives[1].content.type: an alternative must have the type of the provision it replaces (article), not paragraph',
      ]);
    });

    it('must keep every id the rest of the bill refers to', () => {
      const t = minimalTemplate();
      const content = alts(t)[1]!.content as TemplateArticle;
      content.children[0]!.id = 'p-renamed';
      expect(issuesOf(t)).toEqual([
        'bill.children[0].children[1].alternatives[1].content: the bill refers to "p-approval-1" (at bill.children[1].children[0].children[0].text[0].target), which this alternative does not contain: give the matching provision the same id',
      ]);
    });

    it('may not reuse an id from elsewhere in the bill or point at nothing', () => {
      const t = minimalTemplate();
      const content = alts(t)[1]!.content as TemplateArticle;
      content.children[1]!.id = 'a-purpose';
      content.children[1]!.text = ['審査は、', { type: 'xref', target: 'p-missing' }, 'による。'];
      const issues = issuesOf(t);
      expect(issues).toContainEqual(
        'bill.children[0].children[1].alternatives[1].content.children[1].id: id "a-purpose" is already used outside the provision this alternative replaces',
      );
      expect(issues).toContainEqual(
        'bill.children[0].children[1].alternatives[1].content.children[1].text[1].target: cross-reference to "p-missing", which does not exist',
      );
    });
  });

  it('lists every problem at once in the error message', () => {
    const t = minimalTemplate();
    article(t, 1, 0).id = 'a-purpose';
    article(t, 0, 0).children[0]!.text = [{ type: 'xref', target: 'x-1' }];
    expect(() => validateTemplate(t, 'templates/mini.ja.json')).toThrow(
      /Invalid template templates\/mini\.ja\.json:\n {2}templates\/mini\.ja\.json: .*duplicate id[\s\S]*x-1/,
    );
  });
});
