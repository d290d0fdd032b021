// [R-E2E-02] The owner invites a reviewer through the members dialog; the reviewer sees the owner's live
// text and caret but cannot change the text.
import { expect, test } from '@playwright/test';
import { createBill, openBill, screenshotDir, sentenceTexts, signIn } from './fixtures';

test('a reviewer invited by the owner follows live edits read-only', async ({ browser, baseURL }) => {
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const reviewer = await signIn(browser, baseURL ?? '', 'kenji', '法務 健司', owner);
  const billId = await createBill(owner, '通信情報利用法案', 'ja');
  await openBill(owner, billId);

  // Invite through the members dialog: pick the user, choose the role, add.
  await owner.page.getByTestId('open-members').click();
  await owner.page.getByTestId('member-picker').fill('kenji');
  await owner.page.getByTestId('member-option').first().click();
  await owner.page.getByTestId('member-add-role').selectOption('reviewer');
  await owner.page.getByTestId('member-add').click();
  await expect(owner.page.getByTestId('member-row')).toHaveCount(2);
  await owner.page.screenshot({ path: `${screenshotDir}/members-dialog.png` });
  await owner.page.getByTestId('members-close').click();

  // The reviewer opens the bill: read-only, no structure toolbar.
  await openBill(reviewer, billId);
  await expect(reviewer.page.getByTestId('read-only')).toBeVisible();
  await expect(reviewer.page.getByTestId('cmd-insertArticleAfter')).toHaveCount(0);
  await expect(reviewer.page.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');

  // The owner types; the reviewer sees the text and the owner's caret live.
  await owner.page.locator('p[data-type=paragraphSentence]').first().click();
  await owner.page.keyboard.type('電気通信事業者は、協定を締結することができる。');
  await expect.poll(() => sentenceTexts(reviewer.page)).toEqual(['電気通信事業者は、協定を締結することができる。']);
  await expect(reviewer.page.locator('.collaboration-carets__label', { hasText: '田中 愛子' })).toBeVisible();

  // The reviewer tries to type: nothing changes, locally or for the owner.
  await reviewer.page.locator('p[data-type=paragraphSentence]').first().click();
  await reviewer.page.keyboard.type('改変');
  await reviewer.page.keyboard.press('Enter');
  await expect.poll(() => sentenceTexts(reviewer.page)).toEqual(['電気通信事業者は、協定を締結することができる。']);
  // A round trip through the server (the owner's next keystroke reaches the reviewer) proves nothing else arrived.
  await owner.page.keyboard.type('。');
  await expect.poll(() => sentenceTexts(reviewer.page)).toEqual(['電気通信事業者は、協定を締結することができる。。']);
  expect(await sentenceTexts(owner.page)).toEqual(['電気通信事業者は、協定を締結することができる。。']);
  await reviewer.page.screenshot({ path: `${screenshotDir}/reviewer-read-only.png` });

  const content = (await (await owner.context.request.get(`/api/bills/${billId}/content`)).json()) as { text: string };
  expect(content.text).not.toContain('改変');
  expect([...owner.problems, ...reviewer.problems]).toEqual([]);
  await owner.context.close();
  await reviewer.context.close();
});
