// [R-E2E-TPL] A bill from the measure-2 template, made through the picker: drafting guidance beside the
// provision at the cursor, a clause alternative swapped in (and undone) in one step — after an automatic
// version of the text before it, and live in a second editor's browser — what happens when that version
// cannot be kept, and a cross-reference that another editor sees renumber live, follows by clicking, and
// sees break when its target goes.
import { expect, test, type Page } from '@playwright/test';
import { expectSynced, openBill, screenshotDir, sentenceTexts, share, signIn } from './fixtures';

const sentence = (page: Page, text: string) => page.locator('p[data-type=paragraphSentence]', { hasText: text });
const CABINET_ORDER = '三年を超えない範囲内において情報の種類ごとに政令で定める期間';
const FIXED_PERIOD = '選別後通信情報を、これを記録した日から起算して二年を超えて';

interface VersionJSON {
  id: string;
  auto: boolean;
  reason: string | null;
  author: { displayName: string } | null;
}

test('from the measure-2 template: guidance, a clause alternative, a live cross-reference', async ({ browser, baseURL }) => {
  // Two browsers through a long story (template, swaps with and without a network, cross-references).
  test.setTimeout(180_000);
  const aiko = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const mei = await signIn(browser, baseURL ?? '', 'mei', 'Mei Suzuki', aiko);
  const page = aiko.page;

  // New bill → From a template → Japanese, measure 2.
  await page.goto('/');
  await page.getByTestId('ui-lang-ja').click();
  await page.getByTestId('new-bill-mode-template').click();
  const picker = page.getByTestId('template-picker');
  await expect(picker).toHaveAttribute('data-state', 'ready');
  await picker.getByTestId('template-lang-ja').click();
  await expect(picker.getByTestId('template-card')).toHaveCount(5);
  await picker.locator('[data-testid=template-filter-measure] [data-measure="2"]').click();
  await expect(picker.getByTestId('template-card')).toHaveCount(1);
  const card = picker.locator('[data-testid=template-card][data-template-id="measure2.ja"]');
  await expect(card).toContainText('措置（イ）');
  await expect(card.getByTestId('template-outline')).toContainText('第一章　総則');
  await card.click();
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('new-bill-title')).toHaveValue(
    '重要電子計算機に対する国外関係不正行為の検知のための通信情報の利用に関する法律案',
  );
  await expect(page.getByTestId('template-preview-facts')).toBeVisible();
  await page.getByTestId('template-filter-measure').locator('[data-measure=all]').click();
  await expect(picker.getByTestId('template-card')).toHaveCount(5);
  await page.screenshot({ path: `${screenshotDir}/template-picker.png`, fullPage: true });

  await page.getByTestId('create-bill').click();
  await expect(page).toHaveURL(/\/bills\//);
  const billId = page.url().split('/bills/')[1] ?? '';
  await expectSynced(page);
  await expect(page.locator('h1[data-type=billTitle]')).toHaveText(
    '重要電子計算機に対する国外関係不正行為の検知のための通信情報の利用に関する法律案',
  );
  await expect(sentence(page, 'この法律は、国外から重要電子計算機に対して')).toHaveAttribute('data-label', '第一条');
  await expect(page.getByTestId('guidance-mark').first()).toBeVisible();

  // A cross-reference to 第五条 through the picker: typed by number, chosen with the keyboard.
  await sentence(page, '委員会は、内閣総理大臣の所轄に属する。').click();
  await page.keyboard.press('End');
  await page.getByTestId('cmd-xref').click();
  await page.getByTestId('xref-search').fill('5');
  await expect(page.getByTestId('xref-option').first()).toHaveAttribute('data-cite', '第五条');
  await page.screenshot({ path: `${screenshotDir}/xref-picker.png` });
  await page.getByTestId('xref-search').fill('第五条');
  await expect(page.getByTestId('xref-option').first()).toHaveAttribute('data-cite', '第五条');
  await page.getByTestId('xref-search').press('ArrowDown');
  await expect(page.getByTestId('xref-option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('xref-search').press('ArrowUp');
  await page.getByTestId('xref-search').press('Enter');
  const ownXref = sentence(page, '委員会は、内閣総理大臣の所轄に属する。').locator('span[data-type=xref]');
  await expect(ownXref).toHaveAttribute('data-cite', '第五条');

  // A second editor has the bill open from here on, and sees the reference to 第五条.
  await share(aiko, billId, 'mei', 'editor');
  await openBill(mei, billId);
  const meiXref = sentence(mei.page, '委員会は、内閣総理大臣の所轄に属する。').locator('span[data-type=xref]');
  await expect(meiXref).toHaveAttribute('data-cite', '第五条');

  // Guidance beside the provision at the cursor; the retention article has two wordings.
  await page.getByTestId('toggle-guidance').click();
  const panel = page.getByTestId('guidance-panel');
  await sentence(page, FIXED_PERIOD).click();
  await expect(panel).toHaveAttribute('data-state', 'ready');
  await expect(panel.getByTestId('guidance-provision')).toContainText('保存期間');
  await expect(panel.getByTestId('guidance-rationale')).toBeVisible();
  await expect(panel.getByTestId('guidance-safeguards')).toBeVisible();
  const options = panel.getByTestId('alternative-option');
  await expect(options).toHaveCount(2);
  await expect(options.first()).toHaveAttribute('data-current', 'true');
  await page.screenshot({ path: `${screenshotDir}/template-guidance.png` });

  // Swap in the other wording: the text before is kept as an automatic version first; the text changes,
  // in the second editor's browser too; one undo restores it (the cross-reference stays).
  const before = await sentenceTexts(page);
  await expect.poll(() => sentenceTexts(mei.page)).toEqual(before);
  await panel.locator('[data-alternative-id=cabinet-order]').getByTestId('use-alternative').click();
  await expect(sentence(page, CABINET_ORDER)).toHaveCount(1);
  await expect(sentence(page, '前項の政令の制定又は改廃の立案をしようとするときは')).toHaveCount(1);
  await expect(panel.locator('[data-alternative-id=cabinet-order]')).toHaveAttribute('data-current', 'true');
  const swapStatus = panel.getByTestId('alternative-version-status');
  await expect(swapStatus).toHaveAttribute('data-state', 'kept');
  await expect(swapStatus).toContainText('差し替え前の本文は自動保存の版として履歴に残っています');
  expect((await sentenceTexts(page)).length).toBe(before.length + 1);
  await expect(sentence(mei.page, CABINET_ORDER)).toHaveCount(1);
  await expect(sentence(mei.page, '前項の政令の制定又は改廃の立案をしようとするときは')).toHaveCount(1);
  await expect.poll(() => sentenceTexts(mei.page)).toEqual(await sentenceTexts(page));

  // The automatic version holds the text from before the swap, and the history panel lists it.
  const api = aiko.context.request;
  const versions = ((await (await api.get(`/api/bills/${billId}/versions`)).json()) as { versions: VersionJSON[] }).versions;
  const kept = versions.find((v) => v.auto && v.reason === 'alternative');
  expect(kept?.author?.displayName).toBe('田中 愛子');
  const keptText = ((await (await api.get(`/api/bills/${billId}/versions/${kept?.id}`)).json()) as { text: string }).text;
  expect(keptText).toContain(FIXED_PERIOD);
  expect(keptText).not.toContain(CABINET_ORDER);
  await page.getByTestId('open-history').click();
  const keptEntry = page.locator(`[data-testid=version-entry][data-version-id="${kept?.id}"]`);
  await expect(keptEntry).toHaveAttribute('data-auto', 'true');
  await expect(keptEntry).toContainText('自動保存：文言の選択肢の適用前');
  await expect(keptEntry).toContainText('田中 愛子');
  await page.screenshot({ path: `${screenshotDir}/alternative-version-kept.png` });
  await page.getByTestId('history-close').click();

  await page.getByTestId('cmd-undo').click();
  await expect.poll(() => sentenceTexts(page)).toEqual(before);
  await expect.poll(() => sentenceTexts(mei.page)).toEqual(before);
  await expect(panel.locator('[data-alternative-id=fixed-period]')).toHaveAttribute('data-current', 'true');
  await expect(ownXref).toHaveAttribute('data-cite', '第五条');

  // Edited text matches no wording: choosing one asks first.
  await sentence(page, FIXED_PERIOD).click();
  await page.keyboard.type('（修正）');
  await expect(panel.getByTestId('alternatives-edited')).toBeVisible();
  await panel.locator('[data-alternative-id=cabinet-order]').getByTestId('use-alternative').click();
  await expect(page.getByTestId('alternative-confirm')).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/alternative-confirm.png` });
  await page.getByTestId('alternative-confirm-cancel').click();
  await expect(page.getByTestId('alternative-confirm')).toBeHidden();
  await expect(sentence(page, '（修正）')).toHaveCount(1);

  // The version cannot be kept (the network is down): nothing is replaced until she decides.
  const useCabinetOrder = async () => {
    await panel.locator('[data-alternative-id=cabinet-order]').getByTestId('use-alternative').click();
    await page.getByTestId('alternative-confirm-ok').click();
    await expect(swapStatus).toHaveAttribute('data-state', 'failed');
  };
  await page.route('**/versions/auto', (route) => route.abort('internetdisconnected'));
  await useCabinetOrder();
  await expect(swapStatus).toContainText('まだ置き換えていません');
  await expect(swapStatus).toContainText('サーバーに接続できません');
  await page.screenshot({ path: `${screenshotDir}/alternative-version-failed.png` });
  await expect(sentence(page, '（修正）')).toHaveCount(1);
  await swapStatus.getByTestId('alternative-swap-cancel').click();
  await expect(swapStatus).toHaveCount(0);
  await expect(sentence(page, '（修正）')).toHaveCount(1);
  await expect(sentence(page, CABINET_ORDER)).toHaveCount(0);
  // Again; this time she replaces the text without a version, and one undo still brings her edit back.
  await useCabinetOrder();
  await swapStatus.getByTestId('alternative-swap-anyway').click();
  await expect(swapStatus).toHaveAttribute('data-state', 'unversioned');
  await expect(sentence(page, CABINET_ORDER)).toHaveCount(1);
  await expect(sentence(mei.page, CABINET_ORDER)).toHaveCount(1);
  await page.unroute('**/versions/auto');
  await page.getByTestId('cmd-undo').click();
  await expect(sentence(page, '（修正）')).toHaveCount(1);
  await expect(sentence(mei.page, '（修正）')).toHaveCount(1);
  await expect(sentence(page, CABINET_ORDER)).toHaveCount(0);

  // Mei's panel is closed (another browser); a margin marker opens it on that provision.
  await expect(mei.page.getByTestId('guidance-panel')).toHaveCount(0);
  const mark = mei.page.getByTestId('guidance-mark').nth(2);
  const markPid = await mark.getAttribute('data-pid');
  await mark.click();
  await expect(mei.page.getByTestId('guidance-panel')).toHaveAttribute('data-pid', markPid ?? '');
  await expect(mei.page.getByTestId('toggle-guidance')).toHaveAttribute('aria-pressed', 'true');

  // … and sees it become 第六条 when the first inserts an article before the referenced one.
  await sentence(page, '内閣総理大臣は、国外関係不正行為による重要電子計算機の被害を防止するため、特別社会基盤事業者その他').click();
  await page.getByTestId('cmd-insertArticleBefore').click();
  await expect(meiXref).toHaveAttribute('data-cite', '第六条');
  await expect(ownXref).toHaveAttribute('data-cite', '第六条');
  await expect(meiXref).toHaveAttribute('title', /Refers to 第六条/);

  // Clicking the reference goes to its target.
  await meiXref.click();
  await expect(mei.page.locator('[data-testid=outline-entry][aria-current]')).toContainText('第六条');

  // The target deleted: the reference shows a broken state, with a tooltip saying why.
  await page.locator('p[data-type=articleCaption]', { hasText: '当事者協定の締結' }).click();
  await page.getByTestId('cmd-delete').click();
  await expect(meiXref).toHaveClass(/is-broken/);
  await expect(meiXref).toHaveAttribute('title', /Broken reference/);
  await expect(meiXref).toHaveAttribute('data-cite', '〔参照先なし〕');
  await meiXref.scrollIntoViewIfNeeded();
  await mei.page.screenshot({ path: `${screenshotDir}/xref-broken.png` });

  // The panel stays open across a reload (remembered in this browser).
  await page.reload();
  await expectSynced(page);
  await expect(page.getByTestId('guidance-panel')).toBeVisible();

  expect([...aiko.problems, ...mei.problems]).toEqual([]);
  await aiko.context.close();
  await mei.context.close();
});
