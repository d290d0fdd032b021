// [R-E2E-VER] Named versions and the structure-aware comparison: save 閣議請議案 through the history panel,
// insert an article before the others and change a word, compare (an added article, a text change and
// renumbering that is not a text change), read the 新旧対照表 (改正案 left, 現行 right, changes underlined),
// and restore the version: a second drafter sees the text revert live.
import { expect, test, type Page } from '@playwright/test';
import {
  createBill,
  expectSynced,
  openBill,
  screenshotDir,
  selectText,
  sentenceLabels,
  sentenceTexts,
  share,
  signIn,
} from './fixtures';

const PURPOSE = 'この法律は、重要電子計算機の防護を目的とする。';
const DUTY = '国は、必要な措置を講ずる。';
const DUTY_EDITED = '国は、必要な処置を講ずる。';

const line = (page: Page, text: string) => page.getByTestId('diff-line').filter({ hasText: text });
const entry = (page: Page, label: string) => page.getByTestId('version-entry').filter({ hasText: label });

test('save a named version, compare it with the edited text in three layouts, restore it live', async ({
  browser,
  baseURL,
}) => {
  const aiko = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const ken = await signIn(browser, baseURL ?? '', 'ken', 'Ken Sato', aiko);
  const page = aiko.page;

  // A bill with two articles, written through the editor.
  await page.goto('/');
  await page.getByTestId('ui-lang-ja').click();
  await page.getByTestId('new-bill-title').fill('重要電子計算機防護法案');
  await page.getByTestId('new-bill-lang').selectOption('ja');
  await page.getByTestId('create-bill').click();
  await expect(page).toHaveURL(/\/bills\//);
  const billId = page.url().split('/bills/')[1] ?? '';
  await share(aiko, billId, 'ken', 'editor');
  await expectSynced(page);
  const sentences = page.locator('p[data-type=paragraphSentence]');
  await sentences.first().click();
  await page.keyboard.type(PURPOSE);
  await page.getByTestId('cmd-insertArticleAfter').click();
  await expect(sentences).toHaveCount(2);
  await sentences.nth(1).click();
  await page.keyboard.type(DUTY);
  await openBill(ken, billId);
  await expect.poll(() => sentenceTexts(ken.page)).toEqual([PURPOSE, DUTY]);

  // Save 閣議請議案 through the history panel.
  await page.getByTestId('open-history').click();
  const panel = page.getByTestId('history-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('version-label').fill('閣議請議案');
  await panel.getByTestId('version-note').fill('閣議に請議する案文。法制局審査済み。');
  await panel.getByTestId('save-version').click();
  await expect(panel.getByTestId('version-saved')).toBeVisible();
  const saved = entry(page, '閣議請議案');
  await expect(saved).toHaveAttribute('data-auto', 'false');
  await expect(saved).toContainText('田中 愛子');
  await expect(saved).toContainText('閣議に請議する案文。');
  await expect(panel.getByTestId('version-entry').first()).toHaveAttribute(
    'data-version-id',
    (await saved.getAttribute('data-version-id')) ?? '',
  );
  await page.screenshot({ path: `${screenshotDir}/versions-history-panel.png` });
  await panel.getByTestId('history-close').click();
  await expect(panel).toBeHidden();

  // Insert an article before the others and change one word; the second drafter sees both.
  await sentences.first().click();
  await page.getByTestId('cmd-insertArticleBefore').click();
  await expect(sentences).toHaveCount(3);
  await selectText(page, '措置');
  await page.keyboard.type('処置');
  await expect.poll(() => sentenceTexts(ken.page)).toEqual(['', PURPOSE, DUTY_EDITED]);
  expect(await sentenceLabels(ken.page)).toEqual(['第一条', '第二条', '第三条']);

  // Compare the version with the current text.
  await page.getByTestId('open-history').click();
  await entry(page, '閣議請議案').getByTestId('compare-version').click();
  await expect(page).toHaveURL(/\/compare\?from=.+&to=current/);
  const view = page.getByTestId('compare-view');
  await expect(view).toBeVisible();
  const summary = view.getByTestId('diff-summary');
  await expect(summary).toHaveAttribute('data-added', '1');
  await expect(summary).toHaveAttribute('data-modified', '1');
  await expect(summary).toHaveAttribute('data-renumbered', '2');
  await expect(summary).toHaveAttribute('data-deleted', '0');
  await expect(summary).toHaveAttribute('data-moved', '0');
  await expect(summary).toContainText('追加 1');
  await expect(summary).toContainText('修正 1');
  await expect(summary).toContainText('番号変更 2');

  // Redline: the new 第一条 is added; the old 第一条 is now 第二条, renumbered and NOT a text change.
  await expect(view.getByTestId('redline-view')).toBeVisible();
  const added = view.getByTestId('diff-line').and(page.locator('[data-status=added]'));
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('第一条');
  const purpose = line(page, PURPOSE);
  await expect(purpose).toHaveAttribute('data-status', 'unchanged');
  await expect(purpose).toHaveAttribute('data-text-changed', 'false');
  await expect(purpose.getByTestId('renumbered')).toContainText('第一条 → 第二条');
  await expect(purpose.locator('ins, del')).toHaveCount(0);
  const duty = line(page, '国は、必要な');
  await expect(duty).toHaveAttribute('data-status', 'modified');
  await expect(duty.locator('del')).toHaveText(/措置/);
  await expect(duty.locator('ins')).toHaveText(/処置/);
  await expect(duty.getByTestId('renumbered')).toContainText('第二条 → 第三条');

  // Next / previous change, by button and by key.
  await expect(view.getByTestId('change-entry')).toHaveCount(2);
  await view.getByTestId('next-change').click();
  await expect(view.getByTestId('change-position')).toContainText('1／2');
  await expect(added).toHaveAttribute('aria-current', 'location');
  await page.keyboard.press('n');
  await expect(view.getByTestId('change-position')).toContainText('2／2');
  await expect(duty).toHaveAttribute('aria-current', 'location');
  await expect(view.getByTestId('next-change')).toBeDisabled();
  await page.keyboard.press('k');
  await expect(view.getByTestId('change-position')).toContainText('1／2');
  await page.screenshot({ path: `${screenshotDir}/versions-compare-redline.png` });

  // Side by side: old left, new right.
  await view.getByTestId('layout-side-by-side').click();
  await expect(view.getByTestId('side-by-side-view')).toBeVisible();
  await expect(line(page, '国は、必要な').locator('.sbs__cell--old del')).toHaveText(/措置/);
  await expect(line(page, '国は、必要な').locator('.sbs__cell--new ins')).toHaveText(/処置/);
  await page.screenshot({ path: `${screenshotDir}/versions-compare-side-by-side.png` });

  // 新旧対照表: 改正案 on the left, 現行 on the right, the changed words underlined on both sides.
  await view.getByTestId('layout-shinkyu').click();
  await expect(page).toHaveURL(/layout=shinkyu/);
  const table = view.getByTestId('shinkyu-table');
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveText(['改正案', '現行']);
  const dutyRow = table.getByTestId('diff-line').filter({ hasText: '国は、必要な' });
  await expect(dutyRow.locator('td').nth(0).locator('p')).toHaveText('第三条　国は、必要な処置を講ずる。');
  await expect(dutyRow.locator('td').nth(0).locator('ins')).toHaveText(/処置/);
  await expect(dutyRow.locator('td').nth(1).locator('p')).toHaveText('第二条　国は、必要な措置を講ずる。');
  await expect(dutyRow.locator('td').nth(1).locator('del')).toHaveText(/措置/);
  expect(
    await dutyRow
      .locator('td')
      .nth(0)
      .locator('ins')
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
  ).toBe('underline');
  expect(
    await dutyRow
      .locator('td')
      .nth(1)
      .locator('del')
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
  ).toBe('underline');
  const addedRow = table.getByTestId('diff-line').and(page.locator('[data-status=added]'));
  await expect(addedRow.locator('td').nth(1)).toHaveText('（新設）');
  await page.screenshot({ path: `${screenshotDir}/versions-compare-shinkyu.png` });

  // Back to the bill; restore 閣議請議案: Ken's editor reverts live; the replaced text is kept as a backup.
  await page.getByTestId('back-to-bill').click();
  await expectSynced(page);
  await page.getByTestId('open-history').click();
  await entry(page, '閣議請議案').getByTestId('restore-version').click();
  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog).toContainText('閣議請議案');
  await dialog.getByTestId('confirm-restore').click();
  await expect(dialog).toBeHidden();
  const result = page.getByTestId('restore-result');
  await expect(result).toContainText('「閣議請議案」を復元しました。');
  await expect(result.getByTestId('restore-backup')).toContainText('自動保存：版の復元前');
  const backupId = (await result.getByTestId('restore-backup').getAttribute('data-version-id')) ?? '';
  const backup = page.locator(`[data-testid=version-entry][data-version-id="${backupId}"]`);
  await expect(backup).toHaveAttribute('data-auto', 'true');
  await expect(backup).toContainText('「閣議請議案」を復元する前の本文');
  await expect.poll(() => sentenceTexts(ken.page)).toEqual([PURPOSE, DUTY]);
  expect(await sentenceLabels(ken.page)).toEqual(['第一条', '第二条']);
  await expect.poll(() => sentenceTexts(page)).toEqual([PURPOSE, DUTY]);
  await page.screenshot({ path: `${screenshotDir}/versions-restored.png` });

  // The version, read-only, with its derived numbers.
  await backup.getByTestId('view-version').click();
  const version = page.getByTestId('version-view');
  await expect(version.locator('p[data-type=paragraphSentence]')).toHaveCount(3);
  await expect(version.locator('p[data-type=paragraphSentence]').nth(2)).toHaveAttribute(
    'data-label',
    '第三条',
  );
  await expect(version.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');
  await page.screenshot({ path: `${screenshotDir}/versions-view.png` });

  expect([...aiko.problems, ...ken.problems]).toEqual([]);
  await aiko.context.close();
  await ken.context.close();
});

test('an English bill: Revised | Current table, swapped sides, no differences, a missing version', async ({
  browser,
  baseURL,
}) => {
  const aiko = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const { page } = aiko;
  const api = aiko.context.request;
  const billId = await createBill(aiko, 'Critical Computer Protection Bill', 'en');
  const liveText = async () =>
    ((await (await api.get(`/api/bills/${billId}/content`)).json()) as { text: string }).text;

  await page.goto('/');
  await page.getByTestId('ui-lang-en').click();
  await openBill(aiko, billId);
  await page.locator('p[data-type=paragraphSentence]').first().click();
  await page.keyboard.type('This Act protects critical computers.');
  await expect.poll(liveText).toContain('This Act protects critical computers.');
  const created = await api.post(`/api/bills/${billId}/versions`, { data: { label: 'Introduced' } });
  expect(created.status()).toBe(201);
  const v1 = ((await created.json()) as { id: string }).id;
  await selectText(page, 'protects');
  await page.keyboard.type('secures');
  await expect.poll(liveText).toContain('This Act secures critical computers.');

  await page.goto(`/bills/${billId}/compare?from=${v1}&to=current&layout=shinkyu`);
  const table = page.getByTestId('shinkyu-table');
  await expect(table.locator('thead th')).toHaveText(['Revised', 'Current']);
  await expect(table.locator('caption')).toHaveText('(Changed text is underlined.)');
  await expect(page.getByTestId('diff-summary')).toContainText('1 modified');
  const row = table.getByTestId('diff-line').and(page.locator('[data-status=modified]'));
  await expect(row.locator('td').nth(0).locator('p')).toHaveText(
    'Article 1 This Act secures critical computers.',
  );
  await expect(row.locator('td').nth(1).locator('del')).toHaveText('protects');
  await page.screenshot({ path: `${screenshotDir}/versions-compare-shinkyu-en.png` });

  // Swapped: the version is now the newer side.
  await page.getByTestId('compare-swap').click();
  await expect(page).toHaveURL(new RegExp(`from=current&to=${v1}`));
  await expect(row.locator('td').nth(0).locator('ins')).toHaveText('protects');

  // A version against itself; a version that does not exist.
  await page.goto(`/bills/${billId}/compare?from=${v1}&to=${v1}`);
  await expect(page.getByTestId('diff-empty')).toContainText('No differences');
  await page.goto(`/bills/${billId}/compare?from=nope&to=current`);
  await expect(page.getByTestId('compare-error')).toContainText('no longer exists');
  expect(aiko.problems).toEqual([]);
  await aiko.context.close();
});
