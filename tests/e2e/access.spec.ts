// [R-E2E-02] The owner invites a reviewer through the members dialog; the reviewer sees the owner's live
// text and caret but cannot change the text. The editor header at 1360 px, for owner and reviewer, in
// Japanese and English: a long title is cut with an ellipsis (whole in its tooltip), nothing overlaps.
import { expect, test, type Page } from '@playwright/test';
import { createBill, openBill, screenshotDir, sentenceTexts, share, signIn, type Actor } from './fixtures';

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

const LONG_TITLE = '重要電子計算機に対する不正な行為による被害の防止に関する法律及び電気通信事業法の一部を改正する法律案';
const SHORT_TITLE = '通信情報利用法案';

/** Where the header's parts are, whether the title and the read-only chip are cut, and any overflow. */
function headerLayout(page: Page) {
  return page.evaluate(() => {
    const el = (sel: string) => document.querySelector<HTMLElement>(sel);
    const box = (sel: string) => {
      const r = el(sel)?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
    };
    const text = el('.header-title__text');
    const chip = el('[data-testid=read-only]');
    const header = el('.app-header');
    return {
      title: box('.header-title'),
      tooltip: text?.title ?? null,
      titleCut: !!text && text.scrollWidth > text.clientWidth,
      titleOverflow: text ? getComputedStyle(text).textOverflow : null,
      chip: box('[data-testid=read-only]'),
      chipCut:
        !!chip &&
        [chip, ...chip.querySelectorAll<HTMLElement>('span')].some((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth),
      trailing: box('.app-header__trailing'),
      headerOverflows: !!header && header.scrollWidth > header.clientWidth,
      // Visible controls of the trailing area that overlap one another (label text included).
      trailingOverlaps: (() => {
        const items = [...document.querySelectorAll<HTMLElement>('.app-header__trailing > *')]
          .filter((e) => e.getBoundingClientRect().width > 1)
          .map((e) => e.getBoundingClientRect());
        return items.filter((a, i) => items.some((b, j) => j > i && a.left < b.right - 0.5 && b.left < a.right - 0.5)).length;
      })(),
    };
  });
}

async function expectHeaderFits(actor: Actor, title: string, shot: string) {
  const { page } = actor;
  await expect(page.getByTestId('bill-title')).toContainText(title);
  const layout = await headerLayout(page);
  expect(layout.tooltip).toBe(title);
  expect(layout.titleOverflow).toBe('ellipsis');
  expect(layout.headerOverflows).toBe(false);
  expect(layout.trailingOverlaps).toBe(0);
  expect(layout.title && layout.trailing && layout.title.right <= layout.trailing.left).toBe(true);
  if (layout.chip) {
    expect(layout.title && layout.title.right <= layout.chip.left).toBe(true);
    expect(layout.chip.right <= (layout.trailing?.left ?? 0)).toBe(true);
    expect(layout.chipCut).toBe(false);
  }
  const width = page.viewportSize()?.width ?? 1360;
  await page.screenshot({ path: `${screenshotDir}/${shot}.png`, clip: { x: 0, y: 0, width, height: 120 } });
  return layout;
}

test('the editor header fits at 1360 px: the title is cut with an ellipsis, nothing overlaps (ja and en, owner and reviewer)', async ({ browser, baseURL }) => {
  // Ten bills opened, in two browsers.
  test.setTimeout(180_000);
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const reviewer = await signIn(browser, baseURL ?? '', 'kenji', '法務 健司', owner);
  const long = await createBill(owner, LONG_TITLE, 'ja');
  const short = await createBill(owner, SHORT_TITLE, 'ja');
  await share(owner, long, 'kenji', 'reviewer');
  await share(owner, short, 'kenji', 'reviewer');

  for (const lang of ['en', 'ja'] as const) {
    for (const [actor, role] of [
      [owner, 'owner'],
      [reviewer, 'reviewer'],
    ] as const) {
      await openBill(actor, long);
      await actor.page.getByTestId(`ui-lang-${lang}`).click();
      await expect(actor.page.locator('html')).toHaveAttribute('lang', lang);
      const layout = await expectHeaderFits(actor, LONG_TITLE, `header-${role}-${lang}`);
      expect(layout.titleCut).toBe(true);
      await expect(actor.page.getByTestId('read-only')).toHaveCount(role === 'reviewer' ? 1 : 0);
      // Icon-only buttons keep their names for assistive technology.
      await expect(actor.page.getByTestId('open-members')).toHaveAccessibleName(lang === 'ja' ? 'メンバー' : 'Members');
      if (role === 'owner') await expect(actor.page.getByTestId('open-audit')).toHaveAccessibleName(lang === 'ja' ? '監査ログ' : 'Audit trail');

      // A short title is shown whole.
      await openBill(actor, short);
      const whole = await expectHeaderFits(actor, SHORT_TITLE, `header-${role}-${lang}-short`);
      expect(whole.titleCut).toBe(false);
    }
  }
  // Narrower: every header button is icon-only and the chip drops the role; still nothing overlaps.
  for (const [actor, role] of [
    [owner, 'owner'],
    [reviewer, 'reviewer'],
  ] as const) {
    await actor.page.setViewportSize({ width: 1200, height: 860 });
    await openBill(actor, long);
    await actor.page.getByTestId('ui-lang-en').click();
    const narrow = await expectHeaderFits(actor, LONG_TITLE, `header-${role}-en-1200`);
    expect(narrow.titleCut).toBe(true);
    await expect(actor.page.getByTestId('open-history')).toHaveAccessibleName('Versions');
    if (role === 'reviewer') {
      await expect(actor.page.locator('[data-testid=read-only] .readonly-badge__short')).toBeVisible();
      await expect(actor.page.locator('[data-testid=read-only] .readonly-badge__full')).toBeHidden();
    }
  }
  expect([...owner.problems, ...reviewer.problems]).toEqual([]);
  await owner.context.close();
  await reviewer.context.close();
});

