import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, reportDocument } from '../bench/browserSetup.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { launchChromium } from '../helpers/browser.ts';
import { editorText, waitSaved } from '../helpers/editorPage.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

/**
 * A key pressed after the page's selection moved but before ProseMirror read the move (its
 * `selectionchange`, a task Chromium runs after input when the machine is busy) acts at the caret
 * the person sees (renderer/editor/caret/readSelectionFirst.ts). The test makes that order
 * certain: it moves the page's selection and sends the key in one task, so no `selectionchange`
 * can run between them.
 */
const POLL = { timeout: 20_000 };
const ROOT = '[data-testid=editor] .ProseMirror';
const blocks = generateReport({ words: 3_000, seed: 4 });

let app: ServedApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startServedApp();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const doc = await reportDocument(app, [blocks]);
  await page.goto(app.openUrl);
  await openEditor(page, doc, blocks.length);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The index of the first paragraph at or after block `from` with at least `chars` characters. */
const paragraphFrom = (from: number, chars: number) => {
  const i = blocks.findIndex((b, k) => k >= from && b.type === 'paragraph' && b.text.length >= chars);
  if (i < 0) throw new Error(`no paragraph of ${chars} characters after block ${from}`);
  return i;
};

/**
 * In one task: puts the page's caret `offset` characters into block `index`'s first text and
 * dispatches a keydown of `key` on the editor, as Chromium does for a key pressed before the
 * `selectionchange` of the move has run.
 */
const keyAfterUnreadMove = (index: number, offset: number, key: { key: string; code: string; keyCode: number }) =>
  page.evaluate(
    ({ selector, index, offset, key }) => {
      const root = document.querySelector(selector) as HTMLElement;
      const walker = document.createTreeWalker(root.children[index], NodeFilter.SHOW_TEXT);
      const text = walker.nextNode()!;
      getSelection()!.collapse(text, offset);
      root.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));
    },
    { selector: ROOT, index, offset, key },
  );

describe('a key pressed before the editor has read a move of the caret', () => {
  it('Enter splits the block the caret was moved to, not the one it left', async () => {
    const left = paragraphFrom(1, 20);
    const moved = paragraphFrom(left + 3, 20);
    // The editor's own caret in `left`, read and settled.
    await page.locator(`${ROOT} > :nth-child(${left + 1})`).click({ position: { x: 60, y: 5 } });
    await page.keyboard.press('Home');
    await waitSaved(page);
    // Where the caret lands in `moved`: the text node's offset is the text's, the block's number being drawn apart.
    const first = await page.evaluate(
      ({ selector, index }) => document.createTreeWalker(document.querySelector(selector)!.children[index], NodeFilter.SHOW_TEXT).nextNode()!.textContent!,
      { selector: ROOT, index: moved },
    );
    const offset = 8;
    await keyAfterUnreadMove(moved, offset, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await expect.poll(async () => (await editorText(page)).split('\n').length, POLL).toBe(blocks.length + 1);
    const lines = (await editorText(page)).split('\n');
    expect(lines[left]).toContain(blocks[left].text);
    expect(lines[moved].endsWith(first.slice(0, offset))).toBe(true);
    expect(lines[moved + 1].startsWith(first.slice(offset))).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await editorText(page)).split('\n').length, POLL).toBe(blocks.length);
  });
});
