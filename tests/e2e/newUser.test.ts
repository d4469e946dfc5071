import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useServedApp } from '../helpers/browserServer.ts';
import { NOTICE, createDocument, editorOf, importIntoNewWorkspace, waitSaved } from '../helpers/editorPage.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const POLL = { timeout: 10_000 };
const VIEWPORT = { width: 1280, height: 800 };

/** Every console error and uncaught exception of every page opened here, as "<page>: <text>". */
const consoleErrors: string[] = [];

const served = useServedApp();

/** A fresh browser context in `language`, its console errors recorded. */
async function openApp(language: 'vi' | 'en', name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await served.browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript((l) => localStorage.setItem('vankien.language', l), language);
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`${name}: ${message.text()}`));
  page.on('pageerror', (error) => consoleErrors.push(`${name}: ${error.message}`));
  await page.goto(served.app.openUrl);
  return { context, page };
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className ?? '');
const editorFocused = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') === true);
/** The elements in `root` (itself included) whose content is wider or taller than their box. */
const overflowing = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`),
  );

describe('a blank new document', () => {
  it('names the document in the window title, shows a hint until something is typed, and leaves without a console error', async () => {
    const { context, page } = await openApp('vi', 'blank');
    await createDocument(page, 'Tiểu ban Văn kiện', 'Báo cáo chính trị');
    const editor = editorOf(page);
    await expect.poll(() => page.title(), POLL).toBe('Báo cáo chính trị — Văn Kiện Studio');

    const hinted = page.locator('[data-testid=editor] .ProseMirror p.empty-hint');
    await expect.poll(() => hinted.count(), POLL).toBe(1);
    const hint = await hinted.evaluate((p) => getComputedStyle(p, '::before').content);
    expect(hint).toContain('Gõ nội dung văn kiện vào đây');
    expect(hint).toContain('Ctrl+Alt+1');
    expect((await editor.innerText()).trim()).toBe(''); // drawn, not text
    await page.screenshot({ path: `${ARTIFACTS}new-user-blank-hint.png` });
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => hinted.evaluate((p) => getComputedStyle(p, '::before').content), POLL).toContain('Type the document here');
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => hinted.evaluate((p) => getComputedStyle(p, '::before').content), POLL).toContain('Gõ nội dung');

    await editor.click();
    await page.keyboard.type('Đ');
    await expect.poll(() => hinted.count(), POLL).toBe(0);
    expect((await editor.innerText()).trim()).toBe('Đ');
    await page.keyboard.press('Backspace');
    await expect.poll(() => hinted.count(), POLL).toBe(1); // blank again
    await page.keyboard.type('Dự thảo lần 1 của Báo cáo chính trị.');
    await waitSaved(page);

    // Leaving right after typing was where "matchesNode" was thrown (yjs/y-prosemirror#199).
    await page.goBack();
    await page.getByTestId('document-list').waitFor();
    await expect.poll(() => page.title(), POLL).toBe('Văn Kiện Studio');
    await page.getByTestId('document-list').getByTestId('document-open').first().click();
    await expect.poll(() => editor.innerText(), POLL).toContain('Dự thảo lần 1');
    await editor.click();
    await page.keyboard.type(' Thêm.');
    await page.getByRole('button', { name: '← Danh sách văn kiện' }).click();
    await page.getByTestId('document-list').waitFor();
    await page.waitForTimeout(300); // the deferred dispatches of the old view have run
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the editor in English', () => {
  it('labels the marks B I U with their shortcuts, and counts one person and one deleted document in the singular', async () => {
    const { context, page } = await openApp('en', 'english');
    await createDocument(page, 'Documents subcommittee', 'Political report');
    await expect.poll(() => page.title(), POLL).toBe('Political report — Văn Kiện Studio');
    const marks = ['mark-bold', 'mark-italic', 'mark-underline'].map((id) => page.getByTestId(id));
    expect(await Promise.all(marks.map((m) => m.innerText()))).toEqual(['B', 'I', 'U']);
    expect(await Promise.all(marks.map((m) => m.getAttribute('title')))).toEqual(['Bold (Ctrl+B)', 'Italic (Ctrl+I)', 'Underline (Ctrl+U)']);
    await expect.poll(() => page.getByTestId('statusbar').innerText(), POLL).toContain('1 person editing');
    await expect.poll(() => page.getByTestId('word-count').innerText(), POLL).toBe('0 words');
    await editorOf(page).click();
    await page.keyboard.type('Report');
    await expect.poll(() => page.getByTestId('word-count').innerText(), POLL).toBe('1 word');
    await waitSaved(page);

    await page.goBack();
    const rows = page.getByTestId('document-list').locator('li');
    await rows.getByRole('button', { name: 'Delete' }).click();
    // The confirmation's answer has the focus, so Enter gives it (not "Cancel", the dialog's first button).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), POLL).toBe('OK');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('trash').locator('summary').innerText(), POLL).toBe('Trash (1 deleted document)');
    await context.close();
  });

  it.each(['vi', 'en'] as const)('sizes the numbering dialog so that nothing in it wraps or is cut (%s)', async (language) => {
    const { context, page } = await openApp(language, `numbering-${language}`);
    await createDocument(page, `Đánh số ${language}`, 'Nghị quyết');
    expect(await page.getByTestId('mark-bold').innerText()).toBe(language === 'vi' ? 'Đ' : 'B');
    await page.getByTestId('numbering-open').click();
    const dialog = page.getByTestId('numbering-dialog');
    await dialog.waitFor();
    await page.screenshot({ path: `${ARTIFACTS}new-user-numbering-${language}.png` });
    expect(await overflowing(page, 'numbering-dialog')).toEqual([]);
    // Each level's name on one line ("Heading level 1" used to wrap a word a line).
    const lines = await dialog.locator('tbody td:first-child').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines).toHaveLength(9);
    expect(lines.every((n) => n === 1)).toBe(true);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
    await context.close();
  });
});

describe('keyboard and menus on an imported report', () => {
  let context: BrowserContext;
  let page: Page;
  const block = (text: string) => page.locator('[data-testid=editor] .ProseMirror > *').filter({ hasText: text }).first();
  const outlineTitles = () => page.getByTestId('outline-item').locator('.outline-title').allInnerTexts();

  afterAll(async () => {
    await context?.close();
  });

  it('opens the imported notice', async () => {
    ({ context, page } = await openApp('vi', 'report'));
    await importIntoNewWorkspace(page, 'Đại hội Đảng bộ thành phố', NOTICE);
    await expect.poll(() => page.getByTestId('outline-item').count(), { timeout: 20_000 }).toBe(28);
    await waitSaved(page);
  });

  it('closes the find bar with Esc from any of its buttons and puts the caret back in the text', async () => {
    for (const target of ['find-next', 'find-close', 'find-ignore-diacritics', 'find-replace-toggle']) {
      await editorOf(page).click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type('Đại hội');
      await expect.poll(() => page.getByTestId('find-count').innerText(), POLL).toMatch(/\d/);
      await page.getByTestId(target).focus();
      expect(await focused(page)).toBe(target);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('find-bar').count(), POLL).toBe(0);
      expect(await editorFocused(page)).toBe(true);
    }
  });

  it('opens the shortcuts from the keyboard, and closes them on Esc, a click outside and the focus leaving', async () => {
    const help = page.getByTestId('shortcut-help');
    const popover = page.getByTestId('shortcut-popover');
    // From the text with Ctrl+/; Esc gives the focus back to the text.
    await block('Điểm nổi bật của Đại hội').click();
    await page.keyboard.press('Control+/');
    await expect.poll(() => focused(page), POLL).toBe('shortcut-popover');
    expect(await popover.innerText()).toContain('Alt+Shift+↑ / ↓');
    const box = (await popover.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    await page.screenshot({ path: `${ARTIFACTS}new-user-shortcuts.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.count(), POLL).toBe(0);
    expect(await editorFocused(page)).toBe(true);
    // From the "?" button with Enter; Esc gives the focus back to the button.
    await help.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), POLL).toBe('shortcut-popover');
    expect(await help.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.count(), POLL).toBe(0);
    expect(await focused(page)).toBe('shortcut-help');
    expect(await help.getAttribute('aria-expanded')).toBe('false');
    // A click outside.
    await help.click();
    await popover.waitFor();
    await block('Điểm nổi bật của Đại hội').click();
    await expect.poll(() => popover.count(), POLL).toBe(0);
    // The focus leaving (Tab out of it).
    await help.click();
    await popover.waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => popover.count(), POLL).toBe(0);
    // "?" still closes what "?" opened.
    await help.click();
    await popover.waitFor();
    await help.click();
    await expect.poll(() => popover.count(), POLL).toBe(0);
  });

  it('keeps the block menu inside the window when opened at its bottom right corner', async () => {
    const text = (await page.locator('[data-testid=editor] .ProseMirror').boundingBox())!;
    const x = Math.min(text.x + text.width - 10, VIEWPORT.width - 5);
    for (const [px, py] of [
      [x, VIEWPORT.height - 40],
      [text.x + 20, VIEWPORT.height - 40],
    ]) {
      await page.mouse.click(px, py, { button: 'right' });
      const menu = page.getByTestId('context-menu');
      await menu.waitFor();
      const box = (await menu.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
      expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      // Every item can be clicked: the last one is inside the window too.
      const last = (await menu.getByTestId('menu-delete').boundingBox())!;
      expect(last.y + last.height).toBeLessThanOrEqual(VIEWPORT.height);
      await page.screenshot({ path: `${ARTIFACTS}new-user-context-menu.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.count(), POLL).toBe(0);
    }
  });

  it('draws a run-in heading with only its lead-in emphasised, the rest as body text', async () => {
    // By its id: its text changes below.
    const id = await block('Công tác chuẩn bị Đại hội:').getAttribute('data-id');
    const heading = page.locator(`[data-testid=editor] .ProseMirror > [data-id="${id}"]`);
    expect(await heading.evaluate((h) => h.tagName)).toBe('H3');
    const body = heading.locator('.run-in-body');
    await expect.poll(() => body.count(), POLL).toBe(1);
    expect(await body.innerText()).toMatch(/^ Được triển khai nghiêm túc/);
    expect(await heading.evaluate((h) => getComputedStyle(h).fontWeight)).toBe('700');
    expect(await body.evaluate((b) => getComputedStyle(b).fontWeight)).toBe('400');
    // The lead-in is what is left of the heading: "Công tác chuẩn bị Đại hội:".
    const leadIn = await heading.evaluate((h) => [...h.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('run-in-body'))).map((n) => n.textContent).join(''));
    expect(leadIn).toBe('Công tác chuẩn bị Đại hội:');
    await heading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}new-user-run-in.png` });
    // A heading with no body after its colon stays a heading throughout.
    expect(await block('VỀ ĐẠI BIỂU ĐẠI HỘI').locator('.run-in-body').count()).toBe(0);
    // Typing a lead-in's colon away makes the whole block a heading again, at once.
    await heading.click({ position: { x: 200, y: 8 } }); // on its first line, so Home goes to its start
    const colon = await heading.evaluate((h) => h.textContent!.indexOf(':'));
    await page.keyboard.press('Home');
    for (let i = 0; i <= colon; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Backspace');
    await expect.poll(() => heading.textContent(), POLL).toMatch(/^Công tác chuẩn bị Đại hội Được triển khai/);
    await expect.poll(() => body.count(), POLL).toBe(0);
    await page.keyboard.type(':');
    await expect.poll(() => body.count(), POLL).toBe(1);
  });

  it('moves the section the caret is in with Alt+Shift+↑/↓, announces it in Vietnamese, and Ctrl+Z undoes it', async () => {
    const before = await outlineTitles();
    const first = before.findIndex((t) => t.startsWith('Công tác chuẩn bị Đại hội'));
    expect(before[first + 1]).toMatch(/^Điểm nổi bật của Đại hội/);
    const notice = page.getByTestId('section-move-notice');

    // The caret in the body of "2. Điểm nổi bật…" (its "Một là, …"): the whole section goes up.
    // Until the editor's own selection is there (the toolbar names its block's type), not only the page's.
    await expect
      .poll(async () => {
        await block('đây là kỳ Đại hội đầu tiên sau hợp nhất').click();
        return page.getByTestId('block-type').inputValue();
      }, POLL)
      .toBe('ordinal');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(outlineTitles, POLL).not.toEqual(before);
    const after = await outlineTitles();
    expect(after[first]).toMatch(/^Điểm nổi bật của Đại hội/);
    expect(after[first + 1]).toMatch(/^Công tác chuẩn bị Đại hội/);
    await expect.poll(() => notice.innerText(), POLL).toMatch(/^Đã chuyển cả mục “1\. Điểm nổi bật của Đại hội: .*” lên trên\.$/);
    expect(await editorFocused(page)).toBe(true);
    // The caret stayed where it was, in the moved section's "Một là, …".
    expect(await page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent)).toMatch(/^đây là kỳ Đại hội đầu tiên sau hợp nhất/);

    // Already first under its section: it stays, and the notice says why.
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => notice.innerText(), POLL).toMatch(/đã ở đầu trong cấp của nó/);
    expect(await outlineTitles()).toEqual(after);

    await page.keyboard.press('Control+z');
    await expect.poll(outlineTitles, POLL).toEqual(before);
    await waitSaved(page);
    await page.screenshot({ path: `${ARTIFACTS}new-user-section-move.png` });
  });

  it('has thrown no console error, and throws none when the editor is left', async () => {
    await page.getByRole('button', { name: '← Danh sách văn kiện' }).click();
    await page.getByTestId('document-list').waitFor();
    await page.waitForTimeout(300);
    expect(consoleErrors).toEqual([]);
  });
});
