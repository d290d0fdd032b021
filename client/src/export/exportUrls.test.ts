import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { strings } from '../i18n/strings';
import { translate, type TranslateVars } from '../i18n/translate';
import type { StringKey } from '../i18n/strings';
import { defaultFrom } from './ExportCompareDialog';
import { describeExportError, describeImportError } from './exportErrors';
import { CURRENT_TEXT, defaultCompareView, exportUrls } from './exportUrls';

describe('exportUrls', () => {
  it('sends only the flags that are on, and the version only when it is not the live text', () => {
    expect(
      exportUrls.draftPdf('b 1', {
        version: CURRENT_TEXT,
        lineNumbers: false,
        watermark: false,
        findings: false,
      }),
    ).toBe('/api/bills/b%201/export.pdf');
    expect(
      exportUrls.draftPdf('b1', { version: 'v9', lineNumbers: true, watermark: true, findings: true }),
    ).toBe('/api/bills/b1/export.pdf?version=v9&lineNumbers=1&watermark=1&findings=1');
    expect(exportUrls.findingsPdf('b1')).toBe('/api/bills/b1/findings.pdf');
    expect(exportUrls.lawXml('b1', 'v2')).toBe('/api/bills/b1/export.xml?version=v2');
  });

  it('builds the comparison query', () => {
    expect(
      exportUrls.comparePdf('b1', { from: 'v1', to: CURRENT_TEXT, view: 'table', changedOnly: true }),
    ).toBe('/api/bills/b1/compare.pdf?from=v1&to=current&view=table&changedOnly=1');
    expect(defaultCompareView('ja')).toBe('table');
    expect(defaultCompareView('en')).toBe('redline');
  });

  it('starts a comparison from the newest named version, else the newest, else the live text', () => {
    const v = (id: string, auto: boolean) => ({
      id,
      auto,
      label: id,
      note: '',
      author: null,
      createdAt: '',
      reason: null,
    });
    expect(defaultFrom([v('a1', true), v('n1', false), v('n0', false)])).toBe('n1');
    expect(defaultFrom([v('a1', true)])).toBe('a1');
    expect(defaultFrom([])).toBe(CURRENT_TEXT);
  });
});

describe('export and import errors', () => {
  const t = (key: StringKey, vars?: TranslateVars) => translate('en', key, vars);

  it('says what went wrong in the reader’s words', () => {
    expect(describeExportError(new ApiError(0, 'network', 'x'), t)).toBe(strings.en['error.network']);
    expect(describeExportError(new ApiError(403, 'forbidden', 'x'), t)).toBe(strings.en['export.forbidden']);
    expect(describeExportError(new ApiError(404, 'not_found', 'unknown version'), t)).toBe(
      strings.en['export.notFound'],
    );
    expect(describeExportError(new ApiError(409, 'conflict', 'Article 3 sits beside chapters'), t)).toBe(
      'The export failed: Article 3 sits beside chapters',
    );
  });

  it('reports a file too large, and otherwise the server’s reason', () => {
    expect(
      describeImportError(new ApiError(413, 'too_large', 'request body is too large'), 'big.xml', t),
    ).toContain('too large');
    expect(
      describeImportError(new ApiError(400, 'invalid', 'the root element is <html>, not <Law>'), 'a.xml', t),
    ).toBe('“a.xml” could not be imported: the root element is <html>, not <Law>');
  });
});
