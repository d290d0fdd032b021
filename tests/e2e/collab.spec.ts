// [R-E2E-01] Two browsers edit one bill at once: both texts, both carets, live renumbering.
import { expect, test } from '@playwright/test';
import { expectSynced, openBill, screenshotDir, sentenceLabels, sentenceTexts, share, signIn } from './fixtures';

test('two drafters type into different articles at once and see each other', async ({ browser, baseURL }) => {
  const aiko = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const taro = await signIn(browser, baseURL ?? '', 'taro', 'Taro Yamada', aiko);

  // The bill list: create a bill through the form.
  await aiko.page.goto('/');
  await aiko.page.getByTestId('new-bill-title').fill('重要電子計算機防護法案');
  await aiko.page.getByTestId('new-bill-lang').selectOption('ja');
  await aiko.page.getByTestId('create-bill').click();
  await expect(aiko.page).toHaveURL(/\/bills\//);
  const billId = aiko.page.url().split('/bills/')[1] ?? '';
  await share(aiko, billId, 'taro', 'editor');
  await expectSynced(aiko.page);

  // A second article, made with the toolbar.
  const sentences = aiko.page.locator('p[data-type=paragraphSentence]');
  await sentences.first().click();
  await aiko.page.getByTestId('cmd-insertArticleAfter').click();
  await expect(sentences).toHaveCount(2);
  await openBill(taro, billId);
  await expect(taro.page.locator('p[data-type=paragraphSentence]')).toHaveCount(2);

  // Both type at the same time, into different articles.
  await aiko.page.locator('p[data-type=paragraphSentence]').nth(0).click();
  await taro.page.locator('p[data-type=paragraphSentence]').nth(1).click();
  await Promise.all([
    aiko.page.keyboard.type('この法律は、被害の防止を目的とする。'),
    taro.page.keyboard.type('国は、必要な措置を講ずる。'),
  ]);
  for (const page of [aiko.page, taro.page]) {
    await expect.poll(() => sentenceTexts(page)).toEqual(['この法律は、被害の防止を目的とする。', '国は、必要な措置を講ずる。']);
    expect(await sentenceLabels(page)).toEqual(['第一条', '第二条']);
  }

  // Each sees the other's caret with their name, and both avatars.
  await expect(aiko.page.locator('.collaboration-carets__label', { hasText: 'Taro Yamada' })).toBeVisible();
  await expect(taro.page.locator('.collaboration-carets__label', { hasText: '田中 愛子' })).toBeVisible();
  await expect(aiko.page.getByTestId('presence-avatar')).toHaveCount(2);
  await aiko.page.screenshot({ path: `${screenshotDir}/editor-two-users-aiko.png` });
  await taro.page.screenshot({ path: `${screenshotDir}/editor-two-users-taro.png` });

  // Aiko inserts an article before the first: Taro's article is renumbered live in Taro's browser.
  await aiko.page.locator('p[data-type=paragraphSentence]').nth(0).click();
  await aiko.page.getByTestId('cmd-insertArticleBefore').click();
  await expect(taro.page.locator('p[data-type=paragraphSentence]')).toHaveCount(3);
  await expect.poll(() => sentenceLabels(taro.page)).toEqual(['第一条', '第二条', '第三条']);
  await expect.poll(() => sentenceTexts(taro.page)).toEqual(['', 'この法律は、被害の防止を目的とする。', '国は、必要な措置を講ずる。']);
  await expect(taro.page.getByTestId('outline-entry')).toHaveCount(3);

  // The server's text agrees.
  const content = (await (await aiko.context.request.get(`/api/bills/${billId}/content`)).json()) as { text: string };
  expect(content.text.split('\n')).toEqual(['重要電子計算機防護法案', '第一条', '第二条　この法律は、被害の防止を目的とする。', '第三条　国は、必要な措置を講ずる。']);

  await aiko.page.goto('/');
  await expect(aiko.page.getByTestId('bill-row').filter({ hasText: '重要電子計算機防護法案' })).toHaveCount(1);
  await aiko.page.screenshot({ path: `${screenshotDir}/bill-list.png` });
  expect([...aiko.problems, ...taro.problems]).toEqual([]);
  await aiko.context.close();
  await taro.context.close();
});
