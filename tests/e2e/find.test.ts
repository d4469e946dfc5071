import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { NOTICE, editorOf, editorText, importIntoNewWorkspace, waitSaved } from '../helpers/editorPage.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

// NOTICE, the Hải Phòng notice, writes "Cộng hoà" (tone on a) once and "hài hòa" (tone on o) twice.
const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const POLL = { timeout: 15_000 };

let app: ServedApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startServedApp();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(app.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const editor = () => editorOf(page);
const bar = () => page.getByTestId('find-bar');
const count = () => page.getByTestId('find-count').innerText();
/** The text under the current-match highlight (one match may be drawn as several spans). */
const currentText = () => page.locator('.find-current').allTextContents().then((parts) => parts.join(''));
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;
/** What numbering shows (never text) and the block ids, to check that replacing leaves them be. */
const structure = () =>
  editor().evaluate((e) => [...e.querySelectorAll('[data-id]')].map((b) => `${b.getAttribute('data-id')} ${b.getAttribute('data-number') ?? ''}`));
const outline = () => page.getByTestId('outline-item').allInnerTexts();

describe('find and replace in Chromium', () => {
  it('opens the imported notice', async () => {
    await importIntoNewWorkspace(page, 'Đại hội Đảng bộ thành phố Hải Phòng', NOTICE);
    await expect.poll(() => editorText(page), { timeout: 20_000 }).toContain('Cộng hoà xã hội');
    await waitSaved(page);
  });

  it('reads the text below the first screen, skipped by content-visibility, from the document text', async () => {
    // Regression: polls read innerText, which leaves skipped blocks out, and caught this text only
    // in the frame before Chromium found its block off screen (compare.test.ts failed on a CI run).
    // Once Chromium has found the block off screen its content is skipped, so left out of innerText.
    await expect.poll(() => editor().innerText(), POLL).not.toContain('Cộng hoà xã hội');
    expect(await editor().innerText()).toContain('THÔNG BÁO NHANH KẾT QUẢ');
    expect(await editorText(page)).toContain('Cộng hoà xã hội');
  });

  it('finds "Cộng hoà" when "Cộng hòa" is typed, steps through matches, and Esc returns to the text', async () => {
    await editor().click();
    await page.keyboard.press('Control+f');
    await expect.poll(() => bar().isVisible(), POLL).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL).toBe('find-query');

    await page.keyboard.type('Cộng hòa');
    await expect.poll(count, POLL).toBe('1/1');
    expect(await currentText()).toBe('Cộng hoà');
    await page.keyboard.press('Escape');
    await expect.poll(() => bar().count(), POLL).toBe(0);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('Cộng hoà');

    // Reopened on a selection, the bar searches for the selected text as written.
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.getByTestId('find-query').inputValue(), POLL).toBe('Cộng hoà');
    await expect.poll(count, POLL).toBe('1/1');
    await page.getByTestId('find-query').fill('');
    await page.keyboard.type('HÒA');
    // "hoà", "hòa", "hòa" and, as the last syllable may be a prefix, "hoàn"/"Hoàn" 17 times;
    // the search goes on from the caret, so the current match is the "hoà" of "Cộng hoà".
    await expect.poll(count, POLL).toMatch(/^\d+\/20$/);
    expect(await currentText()).toBe('hoà');
    const k = Number((await count()).split('/')[0]);
    await page.keyboard.press('Enter');
    await expect.poll(count, POLL).toBe(`${k + 1}/20`);
    await page.keyboard.press('F3');
    await expect.poll(count, POLL).toBe(`${k + 2}/20`);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(count, POLL).toBe(`${k + 1}/20`);
    await page.keyboard.press('Shift+F3');
    await expect.poll(count, POLL).toBe(`${k}/20`);
    expect(await currentText()).toBe('hoà');
    await page.screenshot({ path: `${ARTIFACTS}find.png` });
    // Past the last match the search wraps to the first.
    for (let i = k; i < 20; i++) await page.keyboard.press('Enter');
    await expect.poll(count, POLL).toBe('20/20');
    await page.keyboard.press('Enter');
    await expect.poll(count, POLL).toBe('1/20');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(count, POLL).toBe('20/20');
    expect(await page.locator('.find-match').count()).toBeGreaterThanOrEqual(20);

    const last = await currentText();
    await page.keyboard.press('Escape');
    await expect.poll(() => bar().count(), POLL).toBe(0);
    expect(await page.locator('.find-match').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(last);
  });

  it('leaves Ctrl+F to an open dialog, and opens the find bar again once it is closed', async () => {
    await page.getByTestId('numbering-open').click();
    await expect.poll(() => page.getByTestId('numbering-dialog').isVisible(), POLL).toBe(true);
    await page.keyboard.press('Control+f');
    expect(await bar().isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('numbering-dialog').isVisible(), POLL).toBe(false);
    await page.keyboard.press('Control+f');
    await expect.poll(() => bar().isVisible(), POLL).toBe(true);
    await page.getByTestId('find-query').press('Escape');
    await expect.poll(() => bar().isVisible(), POLL).toBe(false);
  });

  it('finds without diacritics when asked', async () => {
    await page.getByTestId('find-open').click();
    await expect.poll(() => bar().isVisible(), POLL).toBe(true);
    await page.getByTestId('find-query').fill('cong hoa xa');
    await expect.poll(count, POLL).toBe('Không tìm thấy');
    await page.getByTestId('find-ignore-diacritics').check();
    await expect.poll(count, POLL).toBe('1/1');
    expect(await currentText()).toBe('Cộng hoà xã');
    await page.getByTestId('find-ignore-diacritics').uncheck();
    await page.getByTestId('find-query').press('Escape');
  });

  it('replaces every "hòa" with "hoà" in one step that Ctrl+Z undoes, leaving numbering and ids alone', async () => {
    const structureBefore = await structure();
    const outlineBefore = await outline();
    expect(occurrences(await editorText(page), 'hài hòa')).toBe(2);

    await editor().click();
    await page.keyboard.press('Control+h');
    await expect.poll(() => page.getByTestId('find-replacement').isVisible(), POLL).toBe(true);
    await page.getByTestId('find-query').fill('hòa');
    // Replacing matches whole syllables: "hoàn" no longer counts.
    await expect.poll(count, POLL).toMatch(/^\d\/3$/);
    await page.getByTestId('find-replacement').fill('hoà');
    await page.getByTestId('find-replace-all').click();
    await expect.poll(() => page.getByTestId('find-replaced').innerText(), POLL).toBe('Đã thay 3 chỗ.');

    const replaced = await editorText(page);
    expect(occurrences(replaced, 'hài hòa')).toBe(0);
    expect(occurrences(replaced, 'hài hoà')).toBe(2);
    expect(occurrences(replaced, 'Cộng hoà')).toBe(1);
    expect(await structure()).toEqual(structureBefore);
    expect(await outline()).toEqual(outlineBefore);
    await page.screenshot({ path: `${ARTIFACTS}find-replaced.png` });

    await page.getByTestId('find-query').press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => occurrences(await editorText(page), 'hài hòa'), POLL).toBe(2);
    expect(occurrences(await editorText(page), 'hài hoà')).toBe(0);
    expect(await structure()).toEqual(structureBefore);
    expect(await outline()).toEqual(outlineBefore);
    await waitSaved(page);
  });
});
