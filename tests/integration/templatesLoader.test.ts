// [R-TPL-10] Loading templates at boot: every file validated; a broken one stops the server with the file,
// JSON path and reason of every problem.
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../server/src/config';
import { createServer } from '../../server/src/createServer';
import { createMemoryStorage } from '../../server/src/storage/memory/MemoryStorage';
import { loadTemplates, TemplateLoadError } from '../../server/src/templates/loadTemplates';

const fixtures = 'tests/fixtures/templates';

function loadError(dir: string): TemplateLoadError {
  try {
    loadTemplates(dir);
  } catch (err) {
    if (err instanceof TemplateLoadError) return err;
    throw err;
  }
  throw new Error(`expected ${dir} to fail`);
}

describe('loadTemplates [R-TPL-10]', () => {
  it('loads a directory of valid templates', () => {
    const catalog = loadTemplates(`${fixtures}/valid`);
    expect(catalog.list().map((t) => t.id)).toEqual(['mini.ja']);
    expect(catalog.get('mini.ja')?.text.split('\n')[0]).toBe('試験法案');
  });

  it('reports every broken file at once, each with its path and reason', () => {
    const err = loadError(`${fixtures}/broken`);
    expect(err.message).toMatch(/^Cannot load bill templates from tests\/fixtures\/templates\/broken:/);
    expect(err.problems).toEqual([
      '  dangling.ja.json: bill.children[1].children[0].children[0].text[0].target: cross-reference to unknown id "p-approval-9"',
      '  misnamed.ja.json: id: id "something-else.ja" must match the file name ("misnamed.ja")',
      expect.stringMatching(/^ {2}syntax\.ja\.json: \(root\): not valid JSON \(line 5, column 3\): /),
      '  unknown.en.json: bill.children[0].children[2].type: unknown or misplaced node type in a chapter (allowed here: section, article)',
    ]);
  });

  it('refuses a missing directory with a hint', () => {
    expect(() => loadTemplates(`${fixtures}/nope`)).toThrow(
      /tests\/fixtures\/templates\/nope is not a directory \(set TEMPLATES_DIR\)/,
    );
  });

  it('stops the server from booting when a template is broken', () => {
    const storage = createMemoryStorage();
    const config = testConfig({ templatesDir: `${fixtures}/broken` });
    expect(() => createServer(config, storage)).toThrow(
      /dangling\.ja\.json: bill\.children\[1\][\s\S]*syntax\.ja\.json/,
    );
  });

  it('boots with the shipped templates by default', async () => {
    const server = createServer(testConfig(), createMemoryStorage());
    try {
      expect(server.templates.list().length).toBeGreaterThanOrEqual(10);
    } finally {
      await server.close();
    }
  });
});
