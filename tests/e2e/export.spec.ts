// [R-E2E-EXPORT] Issue 8 in the browser: the editor's Export menu (draft PDF with line numbers through its
// options dialog, progress that can be cancelled, e-Gov XML, findings report, comparison PDF, errors shown in
// the page) and the bill list's e-Gov XML import (refusals, then the real 行政手続法 opening as a new bill).
import { expect, test, type Download, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBill, expectSynced, openBill, pdfText, placeCaret, renderPdfPage, screenshotDir, signIn } from './fixtures';

const TITLE = '重要電子計算機防護法案';
const SENTENCE = 'この法律は、重要電子計算機の防護を目的とする。';
const AMENDMENT = '国は、必要な措置を講ずる。';
const outDir = '/tmp/pw-export-files';

/** Whitespace (line breaks, justification, line numbers' columns) removed, to find a sentence across lines. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Clicks `trigger`, waits for the browser download it starts and saves it under outDir. */
async function download(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ download: Download; file: string }> {
  const pending = page.waitForEvent('download');
  await trigger();
  const d = await pending;
  const file = join(outDir, d.suggestedFilename());
  await d.saveAs(file);
  return { download: d, file };
}

/**
 * Holds every request to `pattern` until `release()` (so the progress state can be seen and cancelled);
 * no timer: the test decides when the held requests go on.
 */
async function holdRequests(page: Page, pattern: string): Promise<{ release(): Promise<void> }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  await page.route(pattern, async (route) => {
    await gate;
    // The page may have cancelled it meanwhile.
    await route.continue().catch(() => undefined);
  });
  return {
    async release() {
      open();
      await page.unroute(pattern);
    },
  };
}

test.beforeAll(() => mkdirSync(outDir, { recursive: true }));

test('export menu: draft PDF with line numbers, progress and cancel, XML, findings report, comparison, errors', async ({
  browser,
  baseURL,
}) => {
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const page = owner.page;
  const billId = await createBill(owner, TITLE, 'ja');
  await openBill(owner, billId);
  await page.getByTestId('ui-lang-ja').click();

  await page.locator('p[data-type=paragraphSentence]').first().click();
  await page.keyboard.type(SENTENCE);
  // The export reads the server's live text: wait until the typing has reached it.
  await expect
    .poll(
      async () =>
        ((await (await owner.context.request.get(`/api/bills/${billId}/content`)).json()) as { text: string })
          .text,
    )
    .toContain(SENTENCE);

  // The menu and the PDF dialog.
  await page.getByTestId('export-menu').click();
  await expect(page.getByTestId('export-xml')).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/export-menu.png` });
  await page.getByTestId('export-pdf').click();
  const dialog = page.getByTestId('export-pdf-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-version')).toHaveValue('current');
  await expect(dialog.getByTestId('export-versions-note')).toHaveCount(0);
  await dialog.getByTestId('export-line-numbers').check();
  await expect(dialog.getByTestId('export-watermark')).not.toBeChecked();
  await expect(dialog.getByTestId('export-findings')).not.toBeChecked();
  await dialog.screenshot({ path: `${screenshotDir}/export-pdf-dialog.png` });

  // While the server renders: spinner, “PDF を作成しています…”, elapsed seconds; Cancel aborts the request.
  const held = await holdRequests(page, '**/export.pdf**');
  await dialog.getByTestId('export-pdf-download').click();
  const progress = dialog.getByTestId('export-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('PDFを作成しています');
  await expect(progress.getByTestId('export-elapsed')).toHaveText(/^[1-9]\d* 秒$/);
  await expect(dialog.getByTestId('export-pdf-download')).toBeDisabled();
  await dialog.screenshot({ path: `${screenshotDir}/export-progress.png` });
  await progress.getByTestId('export-cancel').click();
  await expect(dialog.getByTestId('export-progress')).toHaveCount(0);
  await expect(dialog.getByTestId('export-error')).toHaveCount(0);
  await expect(dialog.getByTestId('export-pdf-download')).toBeEnabled();
  await held.release();

  // The real download: named from Content-Disposition, the dialog closes, the text is in the PDF.
  const pdf = await download(page, () => dialog.getByTestId('export-pdf-download').click());
  expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(pdf.download.suggestedFilename()).toContain(TITLE);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('export-done')).toContainText(pdf.download.suggestedFilename());
  expect(readFileSync(pdf.file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = squeeze(pdfText(pdf.file));
  expect(text).toContain('第一条');
  expect(text).toContain(SENTENCE);
  renderPdfPage(pdf.file, '/tmp/export-draft-page1');

  // e-Gov XML at once from the menu.
  await page.getByTestId('export-menu').click();
  const xml = await download(page, () => page.getByTestId('export-xml').click());
  expect(xml.download.suggestedFilename()).toMatch(/\.xml$/);
  expect(xml.download.suggestedFilename()).toContain(TITLE);
  const xmlText = readFileSync(xml.file, 'utf8');
  expect(xmlText.startsWith('<?xml')).toBe(true);
  expect(xmlText).toContain('<Law');
  expect(xmlText).toContain(SENTENCE);

  // The findings report.
  await page.getByTestId('export-menu').click();
  const report = await download(page, () => page.getByTestId('export-findings-report').click());
  expect(report.download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync(report.file).subarray(0, 5).toString()).toBe('%PDF-');

  // A refusal is shown in the page, not saved as a file.
  await page.route('**/export.xml**', (route) =>
    route.fulfill({
      status: 409,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'conflict', message: '第一条 stands beside chapters' } }),
    }),
  );
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-xml').click();
  await expect(page.getByTestId('export-error')).toContainText('第一条 stands beside chapters');
  await page.screenshot({ path: `${screenshotDir}/export-error.png` });
  await page.getByTestId('export-error-dismiss').click();
  await expect(page.getByTestId('export-error')).toHaveCount(0);
  await page.unroute('**/export.xml**');

  // Comparison: a named version, then an amendment; 新旧対照表 of the changed provisions.
  const saved = await owner.context.request.post(`/api/bills/${billId}/versions`, {
    data: { label: '閣議請議案' },
  });
  expect(saved.status()).toBe(201);
  await placeCaret(page, SENTENCE, SENTENCE.length);
  await page.keyboard.press('Enter');
  await page.keyboard.type(AMENDMENT);
  await expect
    .poll(
      async () =>
        ((await (await owner.context.request.get(`/api/bills/${billId}/content`)).json()) as { text: string })
          .text,
    )
    .toContain(AMENDMENT);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-compare').click();
  const compare = page.getByTestId('export-compare-dialog');
  await expect(compare).toBeVisible();
  await expect(compare.getByTestId('export-compare-from').locator('option:checked')).toContainText(
    '閣議請議案',
  );
  await expect(compare.getByTestId('export-compare-to')).toHaveValue('current');
  await expect(compare.locator('[data-testid=export-compare-view] [data-view=table]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await compare.getByTestId('export-compare-changed-only').check();
  await compare.screenshot({ path: `${screenshotDir}/export-compare-dialog.png` });
  const table = await download(page, () => compare.getByTestId('export-compare-download').click());
  expect(table.download.suggestedFilename()).toMatch(/\.pdf$/);
  const tableText = squeeze(pdfText(table.file));
  expect(tableText).toContain('改正案');
  expect(tableText).toContain('現行');
  expect(tableText).toContain(AMENDMENT);
  // Changed provisions only: the untouched 第一条 prints as （略）.
  expect(tableText).toContain('（略）');
  expect(tableText).not.toContain(SENTENCE);
  renderPdfPage(table.file, '/tmp/export-compare-page1');

  // The compare page offers the same export, preset to the comparison on screen (redline layout → redline PDF).
  await page.goto(`/bills/${billId}/compare?layout=redline`);
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await page.getByTestId('compare-export-pdf').click();
  const preset = page.getByTestId('export-compare-dialog');
  await expect(preset.locator('[data-testid=export-compare-view] [data-view=redline]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(preset.getByTestId('export-compare-from').locator('option:checked')).toContainText(
    '閣議請議案',
  );
  await page.screenshot({ path: `${screenshotDir}/export-compare-from-compare-page.png` });
  const redline = await download(page, () => preset.getByTestId('export-compare-download').click());
  expect(redline.download.suggestedFilename()).toMatch(/\.pdf$/);
  const redlineText = squeeze(pdfText(redline.file));
  expect(redlineText).toContain(SENTENCE);
  expect(redlineText).toContain(AMENDMENT);
  await expect(preset).toBeHidden();

  expect(owner.problems).toEqual([]);
  await owner.context.close();
});

test('import e-Gov XML on the bill list: refusals shown, 行政手続法 opens as a new bill with the warnings', async ({
  browser,
  baseURL,
}) => {
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const page = owner.page;
  await page.goto('/');
  await page.getByTestId('ui-lang-ja').click();
  await expect(page.getByTestId('import-xml')).toBeVisible();

  // Not 法令標準XML: the server's reason, naming the file.
  await page.getByTestId('import-xml-file').setInputFiles({
    name: 'not-a-law.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from('<?xml version="1.0"?><html><body/></html>'),
  });
  await expect(page.getByTestId('import-error')).toContainText('not-a-law.xml');
  await page.screenshot({ path: `${screenshotDir}/import-error.png` });

  // Too large: refused before sending.
  await page.getByTestId('import-xml-file').setInputFiles({
    name: 'huge.xml',
    mimeType: 'application/xml',
    buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 'a'),
  });
  await expect(page.getByTestId('import-error')).toContainText('大きすぎて');

  // The real thing: the new bill opens with its title, 第一条 and what could not be carried over.
  await page.getByTestId('import-xml-file').setInputFiles('tests/fixtures/egov/gyosei-tetsuzuki-ho.xml');
  await expect(page).toHaveURL(/\/bills\/[^/]+$/);
  await expectSynced(page);
  await expect(page.getByTestId('bill-title')).toHaveText('行政手続法');
  await expect(page.locator('p[data-type=paragraphSentence][data-label=第一条]').first()).toContainText(
    'この法律は、処分、行政指導及び届出に関する手続',
  );
  const warnings = page.getByTestId('import-warnings');
  await expect(warnings).toBeVisible();
  await expect(warnings.locator('li').first()).toBeVisible();
  await expect(warnings).toContainText('第四章の二 → 第五章');
  await page.screenshot({ path: `${screenshotDir}/import-warnings.png` });
  await page.getByTestId('import-warnings-dismiss').click();
  await expect(warnings).toHaveCount(0);

  expect(owner.problems).toEqual([]);
  await owner.context.close();
});
