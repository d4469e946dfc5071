import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedApp } from '../helpers/browserServer.ts';
import { createDocument, editorOf, editorText, waitSaved } from '../helpers/editorPage.ts';

/**
 * A character typed at a caret is inserted by the editor's own transaction
 * (renderer/editor/typing/typedTextPlugin.ts), not by Chromium's typing command read back from
 * the DOM. What is typed must land as before: in order at the caret, with the marks in force,
 * through the NFC input, undoable; text an input method inserts still goes the browser's way.
 */
let page: Page;

useServedApp(async ({ openPage }) => {
  page = await openPage();
  await createDocument(page, 'Đại hội', 'Báo cáo gõ phím');
  await editorOf(page).waitFor();
  // Counts the insertions Chromium itself was about to make (beforeinput insertText).
  await editorOf(page).evaluate((root) => {
    (window as unknown as { nativeInserts: number }).nativeInserts = 0;
    root.addEventListener('beforeinput', (e) => {
      if ((e as InputEvent).inputType === 'insertText') (window as unknown as { nativeInserts: number }).nativeInserts++;
    });
  });
});

const nativeInserts = () => page.evaluate(() => (window as unknown as { nativeInserts: number }).nativeInserts);
const resetInserts = () => page.evaluate(() => void ((window as unknown as { nativeInserts: number }).nativeInserts = 0));
const firstBlock = () => editorOf(page).locator(':scope > :not(.doc-header)').first();

describe('typing at a caret in Chromium', () => {
  it('puts the typed letters at the caret in order, the caret after them, without Chromium typing them', async () => {
    await firstBlock().click();
    // The first letter of a blank document may go either way: its caret is read from the click.
    await page.keyboard.type('a');
    await expect.poll(() => firstBlock().textContent()).toBe('a');
    await resetInserts();
    await page.keyboard.type('bc def');
    await expect.poll(() => firstBlock().textContent()).toBe('abc def');
    expect(await nativeInserts()).toBe(0);
    await page.keyboard.press('Home');
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    await page.keyboard.type('XY');
    await expect.poll(() => firstBlock().textContent()).toBe('abcXY def');
    // After a caret movement the browser made, the first letter may reach the editor before the
    // moved caret does; it is left to Chromium then (typedTextPlugin), and lands where it should.
    expect(await nativeInserts()).toBeLessThanOrEqual(1);
    await waitSaved(page);
  });

  it('types in bold after Ctrl+B at a caret, and Ctrl+Z takes the typing back', async () => {
    // Yjs's undo manager merges the changes of 500 ms into one step; this typing is a step of its own.
    await page.waitForTimeout(600);
    await page.keyboard.press('End');
    await page.keyboard.type('q');
    await page.keyboard.press('Control+b');
    await resetInserts();
    await page.keyboard.type('zz');
    await expect.poll(() => firstBlock().locator('strong').textContent()).toBe('zz');
    expect(await firstBlock().textContent()).toBe('abcXY defqzz');
    await page.keyboard.press('Control+z');
    await expect.poll(() => firstBlock().textContent()).toBe('abcXY def');
    expect(await nativeInserts()).toBe(0);
  });

  it('composes a combining mark sent as its own key with the letter before it (NFC)', async () => {
    await page.keyboard.press('End');
    await page.keyboard.type(' a');
    await expect.poll(() => firstBlock().textContent()).toMatch(/ a$/u);
    await resetInserts();
    // A key whose character is the combining acute accent, as "Unicode tổ hợp" input methods send it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\u0301', unmodifiedText: '\u0301', key: '\u0301' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: '\u0301' });
    await cdp.detach();
    await expect.poll(() => firstBlock().textContent()).toMatch(/ á$/u);
    expect((await firstBlock().textContent())!.includes('a\u0301')).toBe(false);
    expect(await nativeInserts()).toBe(0);
  });

  it('still takes text an input method inserts the browser’s way', async () => {
    await page.keyboard.press('End');
    const before = await nativeInserts();
    await page.keyboard.insertText(' Đại hội');
    await expect.poll(() => firstBlock().textContent()).toMatch(/ Đại hội$/u);
    expect(await nativeInserts()).toBeGreaterThan(before);
    await waitSaved(page);
    expect(await editorText(page)).toContain('abcXY def á Đại hội');
  });
});
