// Browser-test helpers: signed-in contexts (the session cookie is shared by page and request), bills
// made through the API, and a console watch that fails on CSP violations and page errors.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

export const PASSWORD = 'correct horse battery';

export interface Actor {
  context: BrowserContext;
  page: Page;
  username: string;
  /** Console problems seen on the page (CSP violations, uncaught errors). */
  problems: string[];
}

/** A new browser context signed in as `username` (registered as the first account, else created by `admin`). */
export async function signIn(browser: Browser, baseURL: string, username: string, displayName: string, admin?: Actor): Promise<Actor> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1360, height: 860 } });
  const api = context.request;
  if (!admin) {
    const r = await api.post('/api/auth/register', { data: { username, password: PASSWORD, displayName } });
    if (r.status() !== 201) {
      // The admin exists from an earlier test in this run (registration is then closed): sign in instead.
      expect((await api.post('/api/auth/login', { data: { username, password: PASSWORD } })).status()).toBe(200);
    }
  } else {
    const created = await admin.context.request.post('/api/users', { data: { username, password: PASSWORD, displayName } });
    expect([201, 409]).toContain(created.status());
    expect((await api.post('/api/auth/login', { data: { username, password: PASSWORD } })).status()).toBe(200);
  }
  // Accounts outlive a test file: a username reused with another name would make tests depend on their order.
  const me = (await (await api.get('/api/auth/me')).json()) as { user?: { displayName?: string } };
  expect(me.user?.displayName, `account "${username}" was made earlier with another display name`).toBe(displayName);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(text)) problems.push(text);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return { context, page, username, problems };
}

/** Creates a bill through the API as `owner`; returns its id. */
export async function createBill(owner: Actor, title: string, lang: 'ja' | 'en'): Promise<string> {
  const r = await owner.context.request.post('/api/bills', { data: { title, lang } });
  expect(r.status()).toBe(201);
  return ((await r.json()) as { id: string }).id;
}

/** Gives `username` a role on a bill. */
export async function share(owner: Actor, billId: string, username: string, role: string): Promise<void> {
  const r = await owner.context.request.put(`/api/bills/${billId}/members`, { data: { username, role } });
  expect(r.status()).toBe(200);
}

/**
 * Waits until the page's bill is synced with the server. The first sync loads the client bundle, opens the
 * socket and fetches the whole bill, which on a loaded 2-core machine can take longer than one expect.
 */
export async function expectSynced(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
}

/** Opens a bill and waits until it is synced. */
export async function openBill(actor: Actor, billId: string): Promise<void> {
  await actor.page.goto(`/bills/${billId}`);
  await expectSynced(actor.page);
  await expect(actor.page.locator('[data-testid=bill-editor] .ProseMirror')).toBeVisible();
}

/** The label shown before each paragraph sentence, in order (第一条, ２ …). */
export function sentenceLabels(page: Page) {
  return page.locator('p[data-type=paragraphSentence]').evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
}

export const screenshotDir = 'tests/.artifacts/screenshots';

/** The text of each paragraph sentence, without collaborators' caret labels. */
export function sentenceTexts(page: Page) {
  return page.locator('p[data-type=paragraphSentence]').evaluateAll((els) =>
    els.map((e) => {
      const copy = e.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
      return copy.textContent ?? '';
    }),
  );
}

/**
 * Selects from `offset` to `offset + length` within the first occurrence of `needle` in the editor's text,
 * searched across text nodes: highlights (findings, threads) split a sentence into several nodes. Text in
 * widgets (gutter badges, collaborators' caret labels) is not part of the document and is skipped.
 */
async function selectInText(page: Page, needle: string, offset: number, length: number): Promise<void> {
  await page.locator('[data-testid=bill-editor] .ProseMirror').evaluate(
    (root, [text, from, len]) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => {
          // A read-only editor's root is itself contenteditable=false: only widgets inside it count.
          const widget = n.parentElement?.closest('[contenteditable=false], .collaboration-carets__caret');
          return widget && widget !== root && root.contains(widget) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        },
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join('');
      const at = all.indexOf(text);
      if (at < 0) throw new Error(`no text contains ${text}`);
      const locate = (pos: number): [Text, number] => {
        let seen = 0;
        for (const n of nodes) {
          if (pos <= seen + n.data.length) return [n, pos - seen];
          seen += n.data.length;
        }
        throw new Error(`offset ${pos} is past the text`);
      };
      const [a, aOff] = locate(at + from);
      const [b, bOff] = locate(at + from + len);
      (root as HTMLElement).focus();
      document.getSelection()?.setBaseAndExtent(a, aOff, b, bOff);
    },
    [needle, offset, length] as const,
  );
}

/** Puts the caret `offset` characters into the first occurrence of `text` in the editor. */
export async function placeCaret(page: Page, text: string, offset: number): Promise<void> {
  await selectInText(page, text, offset, 0);
}

/** Selects the first occurrence of `text` in the editor (ProseMirror follows the DOM selection); typing then replaces it. */
export async function selectText(page: Page, text: string): Promise<void> {
  await selectInText(page, text, 0, text.length);
}

/** The text of a PDF file as pdftotext (poppler-utils) extracts it. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Renders page `page` of a PDF to `<outPrefix>.png` at `dpi` (pdftoppm), to look at. */
export function renderPdfPage(file: string, outPrefix: string, page = 1, dpi = 60): string {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outPrefix]);
  return `${outPrefix}.png`;
}

/**
 * Selects the first occurrence of `words` in the bill's text blocks matching `within` with the mouse's kind of selection (a DOM
 * range, which ProseMirror follows, in read-only editors too). The words may span several text nodes
 * (highlights split them); widgets and collaborators' carets are skipped.
 */
export async function selectWords(page: Page, words: string, within = 'p, h1, h2, h3'): Promise<void> {
  await page.locator('[data-testid=bill-editor] .ProseMirror').evaluate((root, [needle, blocks]) => {
    // Widgets inside the text (the editor itself is contenteditable=false when read-only).
    const skip = (n: Node) => {
      const widget = n.parentElement?.closest('[contenteditable=false], .collaboration-carets__caret');
      return !!widget && widget !== root && root.contains(widget);
    };
    for (const block of root.querySelectorAll(blocks)) {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip(n)) nodes.push(n as Text);
      const at = nodes.map((n) => n.data).join('').indexOf(needle);
      if (at < 0) continue;
      const locate = (offset: number, end: boolean): [Text, number] => {
        let seen = 0;
        for (const n of nodes) {
          if (end ? offset <= seen + n.length : offset < seen + n.length) return [n, offset - seen];
          seen += n.length;
        }
        const last = nodes[nodes.length - 1] as Text;
        return [last, last.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + needle.length, true));
      if ((root as HTMLElement).isContentEditable) (root as HTMLElement).focus();
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`no text block contains ${needle}`);
  }, [words, within] as const);
}
