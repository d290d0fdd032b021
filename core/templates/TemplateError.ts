import type { TemplateIssue } from './checkTemplate';

const shown = 25;

/** A template file that cannot be used, with every problem found (file, JSON path and reason). */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly issues: TemplateIssue[],
  ) {
    const lines = issues.slice(0, shown).map((i) => `  ${file}: ${i.path || '(root)'}: ${i.message}`);
    if (issues.length > shown) lines.push(`  … and ${issues.length - shown} more`);
    super(`Invalid template ${file}:\n${lines.join('\n')}`);
    this.name = 'TemplateError';
  }
}
