// Reads and validates every template file in a directory at boot. Any broken file stops the server with
// one message naming each file, JSON path and reason (DESIGN.md §9: config and data validated once).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BillTemplate } from '../../../core/templates/schema';
import { TemplateError } from '../../../core/templates/TemplateError';
import { validateTemplate } from '../../../core/templates/validateTemplate';
import { TemplateCatalog } from './TemplateCatalog';

/** Thrown when the templates cannot be loaded; the message lists every problem. */
export class TemplateLoadError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: string[],
  ) {
    super(`Cannot load bill templates from ${dir}:\n${problems.join('\n')}`);
    this.name = 'TemplateLoadError';
  }
}

/** The line and column of a character offset, for JSON syntax errors. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function readTemplate(file: string, name: string): BillTemplate {
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at?.[1] ? ` (${lineCol(text, Number(at[1]))})` : '';
    throw new TemplateError(name, [{ path: '', message: `not valid JSON${where}: ${message}` }]);
  }
  const template = validateTemplate(raw, name);
  const expected = basename(name, '.json');
  if (template.id !== expected) {
    throw new TemplateError(name, [
      { path: 'id', message: `id "${template.id}" must match the file name ("${expected}")` },
    ]);
  }
  if (!template.id.endsWith(`.${template.lang}`)) {
    throw new TemplateError(name, [
      { path: 'lang', message: `the id ends in the language: expected "….${template.lang}"` },
    ]);
  }
  return template;
}

/** Loads every `*.json` template in `dir` (sorted by name); throws TemplateLoadError listing every broken file. */
export function loadTemplates(dir: string): TemplateCatalog {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new TemplateLoadError(dir, [`  ${dir} is not a directory (set TEMPLATES_DIR)`]);
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  const templates: BillTemplate[] = [];
  const problems: string[] = [];
  for (const name of names) {
    try {
      templates.push(readTemplate(join(dir, name), name));
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      problems.push(...err.message.split('\n').slice(1));
    }
  }
  if (problems.length) throw new TemplateLoadError(dir, problems);
  return new TemplateCatalog(templates);
}
