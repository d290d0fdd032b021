// [R-E2E-05] Live legal-risk annotations (issue 5): two drafters on one bill. One types a clause that
// lets officers erase programs on a computer abroad; both browsers highlight it (unauthorized access,
// exclusive defense). The other adds the commission's prior approval to the same provision and the
// severity drops in both. The panel lists the findings and jumps to them; the card inserts a clause.
import { expect, test, type Page } from '@playwright/test';
import { createBill, openBill, placeCaret, screenshotDir, sentenceTexts, share, signIn } from './fixtures';

// Fires UA-004 (消去 of a program: critical) and ED-001 (a measure on a computer 国外: critical).
const TAKEDOWN = '当該職員は、国外に所在する電子計算機に記録されたプログラムを消去することができる。';
// The `independent-approval` safeguard (承認 with 委員会): each rule lowers its severity one step.
const APPROVAL = '委員会の事前の承認を得て、';

const mark = (page: Page, category: string) => page.locator(`.bw-finding[data-category="${category}"]`).first();

/** The drawn findings of a category: rule, severity and flagged words (a highlight may be split into several spans, e.g. by a co-author's selection). */
function drawn(page: Page, category: string) {
  return page.locator(`.bw-finding[data-category="${category}"]`).evaluateAll((els) => {
    const byKey = new Map<string, { rule: string; severity: string; text: string }>();
    for (const el of els as HTMLElement[]) {
      const key = el.dataset.finding ?? '';
      const seen = byKey.get(key) ?? { rule: el.dataset.ruleId ?? '', severity: el.dataset.severity ?? '', text: '' };
      seen.text += el.textContent ?? '';
      byKey.set(key, seen);
    }
    return [...byKey.values()];
  });
}

test('findings appear live in both browsers, a safeguard lowers them, the panel and the card work', async ({ browser, baseURL }) => {
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const editor = await signIn(browser, baseURL ?? '', 'sato', '佐藤 健二', owner);
  const billId = await createBill(owner, 'サイバー対処能力強化法案', 'ja');
  await share(owner, billId, 'sato', 'editor');
  await openBill(owner, billId);
  await openBill(editor, billId);

  // The co-author keeps the findings panel open: nothing to report yet.
  await editor.page.getByTestId('toggle-findings').click();
  const panel = editor.page.getByTestId('findings-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('findings-empty')).toBeVisible();
  await expect(editor.page.getByTestId('toggle-findings')).toHaveAttribute('aria-pressed', 'true');

  // The owner types the clause; both browsers highlight it within a moment.
  await owner.page.locator('p[data-type=paragraphSentence]').first().click();
  await owner.page.keyboard.type(TAKEDOWN);
  for (const page of [owner.page, editor.page]) {
    await expect.poll(() => drawn(page, 'unauthorized-access')).toEqual([{ rule: 'UA-004', severity: 'critical', text: 'プログラムを消去' }]);
    await expect.poll(() => drawn(page, 'exclusive-defense')).toEqual([{ rule: 'ED-001', severity: 'critical', text: '国外' }]);
    await expect(page.getByTestId('finding-gutter')).toHaveAttribute('data-count', '2');
  }
  await expect.poll(() => sentenceTexts(editor.page)).toEqual([TAKEDOWN]);
  await owner.page.screenshot({ path: `${screenshotDir}/findings-highlights.png` });

  // The co-author's panel filled in live: per category, critical first, bill-level checks apart.
  const entry = (ruleId: string) => panel.locator(`[data-testid=finding-entry][data-rule-id="${ruleId}"]`);
  await expect(entry('UA-004')).toHaveAttribute('data-severity', 'critical');
  await expect(entry('ED-001')).toHaveAttribute('data-severity', 'critical');
  await expect(panel.locator('[data-testid=findings-group][data-category=unauthorized-access] [data-testid=finding-entry]')).toHaveCount(1);
  await expect(panel.locator('[data-testid=findings-group][data-category=safeguards] [data-testid=finding-entry]').first()).toBeVisible();
  await expect(panel.getByTestId('findings-empty')).toHaveCount(0);
  await expect(panel.getByTestId('findings-live')).toContainText('3 critical');

  // Filters narrow the list; showing all again brings everything back.
  await panel.locator('[data-testid=filter-category][data-category=exclusive-defense]').click();
  await expect(panel.getByTestId('finding-entry')).toHaveCount(1);
  await expect(entry('ED-001')).toBeVisible();
  await panel.locator('[data-testid=filter-category][data-category=exclusive-defense]').click();
  await expect(entry('UA-004')).toBeVisible();

  // Clicking an entry selects the flagged words in the co-author's editor and shows the card there.
  await entry('UA-004').click();
  await expect.poll(() => editor.page.evaluate(() => document.getSelection()?.toString())).toBe('プログラムを消去');
  await expect(editor.page.getByTestId('finding-card')).toHaveAttribute('data-rule-id', 'UA-004');
  await editor.page.screenshot({ path: `${screenshotDir}/findings-panel.png` });

  // The owner hovers the exclusive-defense highlight: the card explains it and offers a clause.
  await mark(owner.page, 'exclusive-defense').hover();
  const card = owner.page.getByTestId('finding-card');
  await expect(card).toHaveAttribute('data-rule-id', 'ED-001');
  await expect(card).toContainText('国外にある電子計算機');
  await expect(card).toContainText('Constitution Art. 9'); // a Japanese bill, the English interface: its citations
  await expect(card.getByTestId('insert-suggestion')).toBeVisible();
  await owner.page.screenshot({ path: `${screenshotDir}/findings-card.png` });
  await owner.page.mouse.move(5, 5);
  await expect(card).toHaveCount(0);

  // The co-author adds the commission's prior approval to the same provision: severity drops in both.
  await editor.page.keyboard.press('Escape');
  await placeCaret(editor.page, '当該職員は、', 6);
  await editor.page.keyboard.type(APPROVAL);
  const approved = TAKEDOWN.replace('当該職員は、', `当該職員は、${APPROVAL}`);
  for (const page of [owner.page, editor.page]) {
    await expect.poll(() => sentenceTexts(page)).toEqual([approved]);
    await expect.poll(() => drawn(page, 'unauthorized-access')).toEqual([{ rule: 'UA-004', severity: 'warning', text: 'プログラムを消去' }]);
    await expect.poll(() => drawn(page, 'exclusive-defense')).toEqual([{ rule: 'ED-001', severity: 'warning', text: '国外' }]);
  }
  await expect(entry('UA-004')).toHaveAttribute('data-severity', 'warning');

  // Keyboard: F8 goes to a finding, Alt+Enter opens its card with focus in it, Escape closes it.
  await owner.page.locator('p[data-type=paragraphSentence]').first().click();
  await owner.page.keyboard.press('Home');
  await owner.page.keyboard.press('F8');
  await expect.poll(() => owner.page.evaluate(() => document.getSelection()?.toString())).toBe('国外');
  await owner.page.keyboard.press('Alt+Enter');
  await expect(card).toBeFocused();
  await expect(card).toHaveAttribute('data-severity', 'warning');
  await owner.page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);

  // "Insert suggested clause" adds the rule's clause as the next paragraph, for both, in one undo step.
  await mark(owner.page, 'exclusive-defense').click();
  await expect(card).toHaveAttribute('data-rule-id', 'ED-001');
  const suggestion = (await card.locator('blockquote').textContent()) ?? '';
  expect(suggestion).toContain('外務大臣と協議');
  await card.getByTestId('insert-suggestion').click();
  for (const page of [owner.page, editor.page]) {
    await expect.poll(() => sentenceTexts(page)).toEqual([approved, suggestion]);
  }
  // The clause supplies the bill-level safeguards it names (SG-004 and SG-005 are now addressed).
  await expect(panel.locator('[data-testid=finding-entry][data-rule-id="SG-005"]')).toHaveCount(0);
  await panel.getByTestId('findings-show-addressed').check();
  await expect(panel.locator('[data-testid=finding-entry][data-rule-id="SG-005"]')).toHaveAttribute('data-status', 'addressed');
  await owner.page.keyboard.press('Control+z');
  for (const page of [owner.page, editor.page]) {
    await expect.poll(() => sentenceTexts(page)).toEqual([approved]);
  }

  expect([...owner.problems, ...editor.problems]).toEqual([]);
  await owner.context.close();
  await editor.context.close();
});

// What re-linting costs per keystroke in the typist's browser on a long bill: printed figures, not a
// budget (budgets live in benchmarks, DESIGN.md §8); the test checks that only the edited provision is re-analysed.
test('typing in a template bill re-analyses only the edited provision', async ({ browser, baseURL }) => {
  const owner = await signIn(browser, baseURL ?? '', 'aiko', '田中 愛子');
  const r = await owner.context.request.post('/api/bills', { data: { title: '包括法案', lang: 'ja', templateId: 'omnibus.ja' } });
  expect(r.status()).toBe(201);
  const billId = ((await r.json()) as { id: string }).id;
  await openBill(owner, billId);
  await owner.page.getByTestId('toggle-findings').click();
  const timings = owner.page.getByTestId('findings-timings');
  await expect(owner.page.getByTestId('finding-entry').first()).toBeVisible();
  const provisions = Number(await timings.getAttribute('data-provisions'));
  expect(provisions).toBeGreaterThan(100);

  await placeCaret(owner.page, '目的とする。', 6);
  const samples: { total: number; lint: number; recomputed: number }[] = [];
  for (const ch of 'また、国外のサーバを停止する。') {
    const runs = Number(await timings.getAttribute('data-runs'));
    await owner.page.keyboard.type(ch);
    await expect.poll(async () => Number(await timings.getAttribute('data-runs'))).toBeGreaterThan(runs);
    const d = await timings.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
    samples.push({ total: Number(d.lastTotalMs), lint: Number(d.lastLintMs), recomputed: Number(d.recomputed) });
  }
  // Only the edited provision is re-analysed; the rest comes from the engine's cache.
  expect(samples.every((s) => s.recomputed === 1)).toBe(true);
  const sorted = (k: 'total' | 'lint') => samples.map((s) => s[k]).sort((a, b) => a - b);
  const at = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
  console.log(
    `findings per keystroke on a ${provisions}-provision bill (ms, timer resolution ~0.1): ` +
      `lint p50 ${at(sorted('lint'), 0.5)} p95 ${at(sorted('lint'), 0.95)}; ` +
      `walk+lint+decorations p50 ${at(sorted('total'), 0.5)} p95 ${at(sorted('total'), 0.95)} max ${at(sorted('total'), 1)}`,
  );

  // The same in the Japanese interface, with a card open from the panel.
  await owner.page.getByTestId('ui-lang-ja').click();
  await owner.page.locator('[data-testid=finding-entry][data-severity=critical]').first().click();
  await expect(owner.page.getByTestId('finding-card')).toContainText('根拠法令');
  // Citations follow the interface language: kanji-numeral articles now, no "Art.".
  const citations = owner.page.getByTestId('finding-card').locator('.finding-card__citations');
  await expect(citations).toContainText(/第[一二三四五六七八九十百]+条|規則/);
  await expect(citations).not.toContainText('Art.');
  await owner.page.screenshot({ path: `${screenshotDir}/findings-template-bill-ja.png` });
  expect(owner.problems).toEqual([]);
  await owner.context.close();
});
