// [R-E2E-06] Review threads on clauses (issue 6), two browsers: a reviewer comments on words of a clause
// in the read-only editor; the drafter sees the thread and its highlight live, replies, types around the
// words (the highlight stays on them) and resolves it, the reviewer seeing each step; deleting the words
// leaves the thread listed as orphaned in both browsers. Then waivers: the drafter waives a finding with a
// reason, the reviewer challenges it in the thread, and the waiver lapses when the wording changes.
import { expect, test, type Page } from '@playwright/test';
import { createBill, openBill, placeCaret, screenshotDir, selectWords, sentenceTexts, share, signIn } from './fixtures';

const CLAUSE = '電気通信事業者は、通信情報を保存しなければならない。';
const EDITED = '電気通信事業者は、取得した通信情報の全部を保存しなければならない。';
// Fires UA-004 (消去 of a program: critical) and ED-001 (a measure on a computer 国外: critical).
const TAKEDOWN = '当該職員は、国外に所在する電子計算機に記録されたプログラムを消去することができる。';

/** The words each drawn thread highlight covers (a highlight may be split into several spans). */
function highlighted(page: Page) {
  return page.locator('.bw-comment').evaluateAll((els) => {
    const byThread = new Map<string, string>();
    for (const el of els as HTMLElement[]) {
      const id = el.dataset.threadId ?? '';
      byThread.set(id, (byThread.get(id) ?? '') + (el.textContent ?? ''));
    }
    return [...byThread.values()];
  });
}

const SENTENCE = 'p[data-type=paragraphSentence]';

const showTab = (page: Page, tab: string) => page.locator(`[data-testid=threads-tab][data-tab=${tab}]`).click();

test('a reviewer comments on a clause; the drafter replies, edits around it, resolves; deleting the words orphans it', async ({ browser, baseURL }) => {
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const reviewer = await signIn(browser, baseURL ?? '', 'kenji', '法務 健司', owner);
  const billId = await createBill(owner, '通信情報保護法案', 'ja');
  await share(owner, billId, 'kenji', 'reviewer');
  // Earlier tests against the same server may have left mentions: start with none unread.
  expect((await owner.context.request.post('/api/notifications/read', { data: {} })).status()).toBe(200);
  await openBill(owner, billId);
  await owner.page.locator('p[data-type=paragraphSentence]').first().click();
  await owner.page.keyboard.type(CLAUSE);
  await owner.page.getByTestId('toggle-threads').click();
  const ownerPanel = owner.page.getByTestId('threads-panel');
  await expect(ownerPanel.getByTestId('threads-empty')).toBeVisible();

  // The reviewer (read-only editor) selects words of the clause and comments, mentioning the drafter.
  await openBill(reviewer, billId);
  await expect.poll(() => sentenceTexts(reviewer.page)).toEqual([CLAUSE]);
  await expect(reviewer.page.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');
  await selectWords(reviewer.page, '通信情報', SENTENCE);
  await reviewer.page.getByTestId('comment-float').click();
  const composer = reviewer.page.getByTestId('comment-composer');
  await expect(composer).toBeVisible();
  await expect(composer).toContainText('通信情報');
  await reviewer.page.screenshot({ path: `${screenshotDir}/review-composer.png` });
  await reviewer.page.getByTestId('comment-body').pressSequentially('保存の期間を明記してください。@ai');
  await reviewer.page.locator('[data-testid=mention-option][data-username=aiko]').click();
  await expect(reviewer.page.getByTestId('comment-body')).toHaveValue('保存の期間を明記してください。@aiko ');
  await reviewer.page.getByTestId('comment-submit').click();
  await expect(composer).toHaveCount(0);
  const reviewerThread = reviewer.page.getByTestId('thread');
  await expect(reviewerThread).toHaveCount(1);
  await expect(reviewerThread).toHaveAttribute('data-status', 'open');

  // The drafter sees the thread, its highlight and the margin badge appear live; the mention is marked.
  const ownerThread = ownerPanel.getByTestId('thread');
  await expect(ownerThread).toHaveCount(1);
  await expect(ownerThread.getByTestId('thread-quote')).toHaveText('通信情報');
  await expect(ownerThread.getByTestId('thread-provision')).toHaveText('第一条');
  await expect(ownerThread.getByTestId('mention')).toHaveText('@aiko');
  await expect.poll(() => highlighted(owner.page)).toEqual(['通信情報']);
  await expect(owner.page.getByTestId('thread-badge')).toHaveAttribute('data-count', '1');
  // …and is notified of the mention (the bell polls, and refreshes when the window regains focus).
  await owner.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(owner.page.getByTestId('notifications')).toHaveAttribute('data-unread', '1');
  await owner.page.getByTestId('notifications').click();
  await expect(owner.page.getByTestId('notification').first()).toContainText('法務 健司');
  await owner.page.getByTestId('notifications-read-all').click();
  await expect(owner.page.getByTestId('notifications')).toHaveAttribute('data-unread', '0');
  await owner.page.keyboard.press('Escape');

  // The drafter replies; the reviewer sees it.
  await ownerThread.getByTestId('reply-body').fill('承知しました。保存期間を定めます。');
  await ownerThread.getByTestId('reply-submit').click();
  await expect(reviewerThread.getByTestId('comment')).toHaveCount(2);
  await expect(reviewerThread.getByTestId('comment').nth(1)).toContainText('承知しました。');
  // …edits the reply (the reviewer sees the edited marker)…
  await ownerThread.getByTestId('comment-edit').click();
  await ownerThread.getByTestId('comment-edit-body').fill('承知しました。保存期間を五年と定めます。');
  await ownerThread.getByTestId('comment-edit-save').click();
  await expect(reviewerThread.getByTestId('comment').nth(1)).toContainText('五年');
  await expect(reviewerThread.getByTestId('comment').nth(1).getByTestId('comment-edited')).toBeVisible();
  // …and clicking the thread selects its words in the text.
  await ownerThread.getByTestId('thread-select').click();
  await expect(owner.page.locator('.bw-comment.is-active')).toHaveText('通信情報');
  await expect.poll(() => owner.page.evaluate(() => document.getSelection()?.toString())).toBe('通信情報');

  // The drafter types just before and just after the commented words: the highlight stays on them.
  await placeCaret(owner.page, '事業者は、', 5);
  await owner.page.keyboard.type('取得した');
  await placeCaret(owner.page, 'を保存', 0);
  await owner.page.keyboard.type('の全部');
  for (const page of [owner.page, reviewer.page]) {
    await expect.poll(() => sentenceTexts(page)).toEqual([EDITED]);
    await expect.poll(() => highlighted(page)).toEqual(['通信情報']);
  }
  await expect(reviewerThread.getByTestId('thread-quote')).toHaveText('通信情報');
  await owner.page.screenshot({ path: `${screenshotDir}/review-thread-panel.png` });

  // The drafter resolves; both see it resolved (in the Resolved tab), and the highlight is gone.
  await ownerThread.getByTestId('resolve-thread').click();
  await showTab(owner.page, 'resolved');
  await showTab(reviewer.page, 'resolved');
  for (const page of [owner.page, reviewer.page]) {
    const thread = page.getByTestId('thread');
    await expect(thread).toHaveAttribute('data-status', 'resolved');
    await expect(thread.getByTestId('thread-resolved-by')).toContainText('田中 愛子');
    await expect(page.getByTestId('thread-badge')).toHaveCount(0);
  }
  // Resolved threads are not highlighted, except faintly while they are the active one (the drafter's).
  await expect(owner.page.locator('.bw-comment').first()).toHaveClass(/is-resolved/);
  await placeCaret(owner.page, 'しなければ', 0);
  await expect.poll(() => highlighted(owner.page)).toEqual([]);

  // The drafter deletes the commented words: the thread stays listed, orphaned, in both browsers.
  await selectWords(owner.page, '取得した通信情報の全部', SENTENCE);
  await owner.page.keyboard.press('Backspace');
  for (const page of [owner.page, reviewer.page]) {
    await expect.poll(() => sentenceTexts(page)).toEqual(['電気通信事業者は、を保存しなければならない。']);
    await showTab(page, 'orphaned');
    const thread = page.getByTestId('thread');
    await expect(thread).toHaveCount(1);
    await expect(thread).toHaveAttribute('data-orphaned', 'true');
    await expect(thread.getByTestId('thread-orphaned')).toBeVisible();
    await expect(thread.getByTestId('thread-quote')).toHaveText('通信情報');
    await expect(thread.getByTestId('thread-provision')).toHaveText('第一条');
  }
  await reviewer.page.screenshot({ path: `${screenshotDir}/review-thread-orphaned.png` });

  const threads = (await (await owner.context.request.get(`/api/bills/${billId}/threads`)).json()) as {
    threads: { orphaned: boolean; status: string; comments: unknown[] }[];
  };
  expect(threads.threads).toMatchObject([{ orphaned: true, status: 'resolved' }]);
  expect(threads.threads[0]?.comments).toHaveLength(2);
  expect([...owner.problems, ...reviewer.problems]).toEqual([]);
  await owner.context.close();
  await reviewer.context.close();
});

test('the drafter comments from the toolbar and the shortcut, waives a finding; the reviewer challenges it; new wording lifts the waiver', async ({ browser, baseURL }) => {
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const reviewer = await signIn(browser, baseURL ?? '', 'kenji', '法務 健司', owner);
  const billId = await createBill(owner, 'サイバー対処能力強化法案', 'ja');
  await share(owner, billId, 'kenji', 'reviewer');
  await openBill(owner, billId);
  await openBill(reviewer, billId);
  await owner.page.locator('p[data-type=paragraphSentence]').first().click();
  await owner.page.keyboard.type(TAKEDOWN);
  await expect(owner.page.locator('.bw-finding[data-rule-id="UA-004"]').first()).toBeVisible();

  // The keyboard shortcut opens the composer on the selected words (Escape closes it); so does the toolbar.
  await selectWords(owner.page, '国外', SENTENCE);
  await owner.page.keyboard.press('Control+Alt+m');
  await expect(owner.page.getByTestId('comment-composer')).toContainText('国外');
  await owner.page.keyboard.press('Escape');
  await expect(owner.page.getByTestId('comment-composer')).toHaveCount(0);
  await selectWords(owner.page, '電子計算機', SENTENCE);
  await owner.page.getByTestId('cmd-comment').click();
  await owner.page.getByTestId('comment-body').fill('「電子計算機」の定義を置くこと。');
  await owner.page.getByTestId('comment-submit').click();
  await expect(owner.page.getByTestId('threads-panel').getByTestId('thread')).toHaveCount(1);
  await expect.poll(() => highlighted(reviewer.page)).toEqual(['電子計算機']);

  // The drafter waives UA-004 from its card, with a reason.
  await owner.page.getByTestId('toggle-findings').click();
  const summary = owner.page.getByTestId('findings-summary');
  await expect(summary).toHaveAttribute('data-waived', '0');
  const openBefore = Number(await summary.getAttribute('data-open'));
  expect(openBefore).toBeGreaterThan(1);
  // The provision's marker counts its two open findings (UA-004, ED-001).
  await expect(owner.page.getByTestId('finding-gutter')).toHaveAttribute('data-count', '2');
  await owner.page.locator('[data-testid=finding-entry][data-rule-id="UA-004"]').click();
  const card = owner.page.getByTestId('finding-card');
  await expect(card).toHaveAttribute('data-rule-id', 'UA-004');
  await card.getByTestId('waive-finding').click();
  await card.getByTestId('waiver-reason').fill('第五条の委員会の事前承認により限定される。');
  await card.getByTestId('waiver-submit').click();
  await expect(card.getByTestId('finding-waived')).toContainText('第五条の委員会の事前承認により限定される。');
  const entry = owner.page.locator('[data-testid=finding-entry][data-rule-id="UA-004"]');
  await expect(owner.page.locator('.finding-item', { has: entry }).getByTestId('finding-waived')).toBeVisible();
  for (const page of [owner.page, reviewer.page]) {
    await expect(page.locator('.bw-finding.bw-waived[data-rule-id="UA-004"]').first()).toBeVisible();
    // The marker counts only the finding left open.
    await expect(page.getByTestId('finding-gutter')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('finding-gutter')).toHaveAttribute('data-waived', '1');
  }
  // The panel counts it as waived, not open, and lists it under Waived.
  await expect(summary).toHaveAttribute('data-waived', '1');
  await expect(summary).toHaveAttribute('data-open', String(openBefore - 1));
  await expect(summary).toContainText(`${openBefore - 1} open`);
  await expect(summary).toContainText('1 waived');
  await expect(entry).toHaveAttribute('data-status', 'waived');
  await expect(owner.page.getByTestId('findings-waived').locator('[data-testid=finding-entry][data-rule-id="UA-004"]')).toBeVisible();
  await expect(owner.page.locator('[data-testid=findings-group] [data-testid=finding-entry][data-rule-id="UA-004"]')).toHaveCount(0);
  await owner.page.getByTestId('findings-waived').scrollIntoViewIfNeeded();
  await owner.page.screenshot({ path: `${screenshotDir}/review-waived-panel.png` });

  // The reviewer sees the waiver thread (no waive button for reviewers) and replies to challenge it.
  await reviewer.page.getByTestId('toggle-threads').click();
  const waiver = reviewer.page.locator('[data-testid=thread][data-kind=waiver]');
  await expect(waiver.getByTestId('waiver-state')).toHaveAttribute('data-in-force', 'true');
  await waiver.getByTestId('reply-body').fill('承認の要件が条文上明確でないため、免除に異議があります。');
  await waiver.getByTestId('reply-submit').click();
  await expect(card.getByTestId('waiver-discussion')).toContainText('1');
  await reviewer.page.getByTestId('toggle-findings').click();
  await expect(reviewer.page.getByTestId('findings-summary')).toHaveAttribute('data-waived', '1');
  await expect(reviewer.page.getByTestId('findings-summary')).toHaveAttribute('data-open', String(openBefore - 1));
  await reviewer.page.locator('[data-testid=finding-entry][data-rule-id="ED-001"]').click();
  await expect(reviewer.page.getByTestId('finding-card')).toHaveAttribute('data-rule-id', 'ED-001');
  await expect(reviewer.page.getByTestId('waive-finding')).toHaveCount(0);
  await reviewer.page.getByTestId('toggle-threads').click();
  await owner.page.screenshot({ path: `${screenshotDir}/review-waiver.png` });

  // The drafter changes the provision's wording: the waiver lapses and the finding is back in both.
  await placeCaret(owner.page, '当該職員は、', 6);
  await owner.page.keyboard.type('直ちに');
  for (const page of [owner.page, reviewer.page]) {
    await expect(page.locator('.bw-finding[data-rule-id="UA-004"]').first()).toBeVisible();
    await expect(page.locator('.bw-finding.bw-waived')).toHaveCount(0);
  }
  await expect(waiver.getByTestId('waiver-state')).toHaveAttribute('data-in-force', 'false');
  await expect(owner.page.getByTestId('finding-waived')).toHaveCount(0);
  // …counted as open again: in the summary, the panel's open groups and the provision's marker.
  await expect(summary).toHaveAttribute('data-waived', '0');
  await expect(summary).toContainText('0 waived');
  await expect(entry).toHaveAttribute('data-status', 'open');
  await expect(owner.page.locator('[data-testid=findings-group] [data-testid=finding-entry][data-rule-id="UA-004"]')).toBeVisible();
  await expect(owner.page.getByTestId('findings-waived')).toHaveCount(0);
  const openEntries = owner.page.locator('[data-testid=finding-entry][data-status=open]');
  await expect
    .poll(async () => [Number(await summary.getAttribute('data-open')), await openEntries.count()])
    .toEqual([openBefore, openBefore]);
  await expect(summary).toContainText(`${openBefore} open`);
  await expect(owner.page.getByTestId('finding-gutter')).toHaveAttribute('data-waived', '0');
  await expect(owner.page.getByTestId('finding-gutter')).toHaveAttribute('data-count', '2');
  expect([...owner.problems, ...reviewer.problems]).toEqual([]);
  await owner.context.close();
  await reviewer.context.close();
});

test('thread badges sit in the right margin clear of guidance markers and findings gutters', async ({ browser, baseURL }) => {
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const created = await owner.context.request.post('/api/bills', {
    data: { title: '重要電子計算機防護法案', lang: 'ja', templateId: 'measure1.ja' },
  });
  expect(created.status()).toBe(201);
  const billId = ((await created.json()) as { id: string }).id;
  // Comment (through the API, by quote) on the first words of every provision that has guidance.
  const guidance = (await (await owner.context.request.get(`/api/bills/${billId}/guidance`)).json()) as {
    guidance: Record<string, unknown>;
  };
  const { json } = (await (await owner.context.request.get(`/api/bills/${billId}/content`)).json()) as { json: unknown };
  const texts = new Map<string, string>();
  const walk = (node: unknown) => {
    const n = node as { attrs?: { pid?: string }; content?: { type: string; content?: { text?: string }[] }[] };
    const own = n.content?.[0]?.content?.map((c) => c.text ?? '').join('');
    if (n.attrs?.pid && own) texts.set(n.attrs.pid, own);
    n.content?.forEach(walk);
  };
  walk(json);
  const pids = Object.keys(guidance.guidance).filter((pid) => (texts.get(pid) ?? '').length > 6).slice(0, 4);
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    const quote = (texts.get(pid) ?? '').slice(0, 4);
    const r = await owner.context.request.post(`/api/bills/${billId}/threads`, { data: { anchor: { pid, quote }, body: '確認' } });
    expect(r.status()).toBe(201);
  }
  await openBill(owner, billId);
  const page = owner.page;
  await expect(page.getByTestId('thread-badge')).toHaveCount(pids.length);
  await expect(page.getByTestId('guidance-mark').first()).toBeVisible();
  const boxes = await page.evaluate(() => {
    const rects = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    return {
      page: document.querySelector('.page')?.getBoundingClientRect().toJSON() as DOMRect,
      badges: rects('[data-testid=thread-badge]'),
      others: rects('[data-testid=guidance-mark], [data-testid=finding-gutter]'),
    };
  });
  const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const badge of boxes.badges) {
    expect(badge.left).toBeGreaterThanOrEqual(boxes.page.left);
    expect(badge.right).toBeLessThanOrEqual(boxes.page.right);
    expect(boxes.others.filter((o) => overlap(badge, o))).toEqual([]);
  }
  await page.getByTestId('thread-badge').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshotDir}/review-badges-margin.png` });
  // A badge opens the panel on its provision's threads.
  await page.getByTestId('thread-badge').first().click();
  await expect(page.getByTestId('threads-panel').getByTestId('thread')).toHaveCount(1);
  expect(owner.problems).toEqual([]);
  await owner.context.close();
});
